package io.nexusgraph.bench.compare;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.partition.UnionFind;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connected components of the evidence in this JVM: index identifiers, group observations by (kind,
 * edge_id), union each linkable edge's identifiers. No database, no writes: the physical limit for
 * the components step.
 */
public final class UnionFindComponents {

  /**
   * @param millis wall time from the observations to a representative per identifier
   * @param identifiers distinct (kind, type, value)
   * @param edges edge_ids that link (linkable, two or more identifiers)
   * @param components disjoint sets over both kinds
   * @param partitions the components per entity kind
   */
  public record Result(
      long millis,
      int identifiers,
      int edges,
      int components,
      Map<EntityKind, Partition> partitions) {}

  private record NodeKey(EntityKind kind, String type, String value) {}

  private record EdgeKey(EntityKind kind, String edgeId) {}

  private static final class Star {
    final List<Integer> nodes = new ArrayList<>(4);
    boolean linkable = true;
  }

  private UnionFindComponents() {}

  public static Result run(Evidence evidence) {
    long start = System.nanoTime();
    Map<NodeKey, Integer> index = new HashMap<>();
    List<NodeKey> keys = new ArrayList<>();
    Map<EdgeKey, Star> stars = new HashMap<>();
    for (IdentifierObservation o : evidence.observations()) {
      NodeKey key = new NodeKey(o.entityKind(), o.identifierType(), o.identifierValue());
      Integer id = index.get(key);
      if (id == null) {
        id = keys.size();
        index.put(key, id);
        keys.add(key);
      }
      Star star = stars.computeIfAbsent(new EdgeKey(o.entityKind(), o.edgeId()), k -> new Star());
      star.nodes.add(id);
      star.linkable &= o.linkable();
    }
    UnionFind uf = new UnionFind(keys.size());
    int edges = 0;
    for (Star star : stars.values()) {
      if (star.linkable && star.nodes.size() > 1) {
        edges++;
        int hub = star.nodes.getFirst();
        for (int i = 1; i < star.nodes.size(); i++) {
          uf.union(hub, star.nodes.get(i));
        }
      }
    }
    int[] root = new int[keys.size()];
    for (int i = 0; i < root.length; i++) {
      root[i] = uf.find(i);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;

    Map<EntityKind, Map<IdentifierKey, String>> labels = new EnumMap<>(EntityKind.class);
    for (int i = 0; i < root.length; i++) {
      NodeKey k = keys.get(i);
      labels
          .computeIfAbsent(k.kind(), x -> new HashMap<>())
          .put(new IdentifierKey(k.type(), k.value()), "uf:" + root[i]);
    }
    Map<EntityKind, Partition> partitions = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : EntityKind.values()) {
      partitions.put(kind, new Partition(labels.getOrDefault(kind, Map.of())));
    }
    return new Result(millis, keys.size(), edges, uf.components(), partitions);
  }
}
