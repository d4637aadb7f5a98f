package io.nexusgraph.graph.quality;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.quality.PairwiseQuality.Prediction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Connected components of the loaded evidence computed in Java (union-find), with a chosen set of
 * identifiers left out: what resolution would give if exactly those identifiers were excluded. Used
 * only to explain the measured figures (e.g. "every trap excluded").
 */
final class WhatIf {

  record Link(IdentifierKey a, IdentifierKey b) {}

  private WhatIf() {}

  static List<Prediction> components(
      List<IdentifierKey> identifiers, List<Link> links, Set<IdentifierKey> excluded) {
    Map<IdentifierKey, IdentifierKey> parent = new HashMap<>();
    identifiers.forEach(i -> parent.put(i, i));
    for (Link l : links) {
      if (excluded.contains(l.a()) || excluded.contains(l.b())) {
        continue;
      }
      IdentifierKey ra = root(parent, l.a());
      IdentifierKey rb = root(parent, l.b());
      if (!ra.equals(rb)) {
        parent.put(ra, rb);
      }
    }
    List<Prediction> out = new ArrayList<>();
    for (IdentifierKey i : identifiers) {
      IdentifierKey r = root(parent, i);
      out.add(new Prediction(i, r.type() + ":" + r.value(), excluded.contains(i)));
    }
    return out;
  }

  private static IdentifierKey root(Map<IdentifierKey, IdentifierKey> parent, IdentifierKey i) {
    IdentifierKey r = i;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    IdentifierKey c = i;
    while (!c.equals(r)) {
      IdentifierKey next = parent.get(c);
      parent.put(c, r);
      c = next;
    }
    return r;
  }
}
