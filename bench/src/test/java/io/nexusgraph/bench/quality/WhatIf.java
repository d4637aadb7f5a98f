package io.nexusgraph.bench.quality;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.partition.UnionFind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Connected components of the loaded evidence computed in Java ({@link UnionFind}), with a chosen
 * set of identifiers left out: what resolution would give if exactly those identifiers were
 * excluded. Used only to explain the measured figures (e.g. "every trap excluded").
 */
final class WhatIf {

  record Link(IdentifierKey a, IdentifierKey b) {}

  private WhatIf() {}

  static List<Prediction> components(
      List<IdentifierKey> identifiers, List<Link> links, Set<IdentifierKey> excluded) {
    Map<IdentifierKey, Integer> index = new HashMap<>();
    identifiers.forEach(i -> index.putIfAbsent(i, index.size()));
    UnionFind components = new UnionFind(index.size());
    for (Link l : links) {
      if (!excluded.contains(l.a()) && !excluded.contains(l.b())) {
        components.union(index.get(l.a()), index.get(l.b()));
      }
    }
    List<Prediction> out = new ArrayList<>();
    for (IdentifierKey i : identifiers) {
      out.add(new Prediction(i, "c" + components.find(index.get(i)), excluded.contains(i)));
    }
    return out;
  }
}
