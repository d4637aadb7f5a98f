package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.partition.UnionFind;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The connected components of one entity kind's whole evidence graph, from a native GDS projection:
 * the identifier nodes and their {@code SAME_AS} read straight from the store, the excluded
 * identifiers filtered out by their {@code Excluded} label, WCC over the linkable edges only
 * ({@code link} 1). Exact, no hop limit.
 *
 * <p>Every run computes them, a scoped one too ({@link ResolutionScope#select} keeps what it
 * needs): the Cypher projection resolution used before took 10.7 s at the large scale and its WCC
 * stream 6.7 s on a fresh server, against 2.5 s and 1.8 s for the native projection and its stream.
 * The stream carries node ids only; the members' keys come from the run's {@link IdentifierTable}.
 *
 * <p>Two kinds of link are invisible to a native projection and are joined here afterwards, with a
 * {@link UnionFind} over the WCC components: the linkable spokes of a star whose hub is excluded
 * (the record still says they are one entity) and force-together overrides. Both are few.
 */
public final class EvidenceComponents {

  /**
   * What one projection held.
   *
   * @param nodes identifiers projected (before excluded ones are filtered out)
   * @param relationships undirected SAME_AS projected (each counted in both directions)
   * @param components connected components of the identifiers that link
   */
  public record Summary(long nodes, long relationships, int components) {}

  /** The components by node id: {@code nodeIds[m]} belongs to component {@code componentOf[m]}. */
  private record Linked(Summary summary, long[] nodeIds, int[] componentOf) {}

  private final Driver driver;

  EvidenceComponents(Driver driver) {
    this.driver = driver;
  }

  /**
   * Computes the components of every {@code kind} identifier with no override, as node ids: the
   * components step on its own, for benchmarks.
   */
  public static Summary summary(Driver driver, EntityKind kind, String graphName) {
    return new EvidenceComponents(driver)
        .link(kind.name().toLowerCase(Locale.ROOT), graphName, List.of())
        .summary();
  }

  /**
   * Reads every {@code kind} identifier's key and entity as a run does to turn the components' node
   * ids into members; returns how many it read. For benchmarks.
   */
  public static int readMembers(Driver driver, EntityKind kind) {
    return new IdentifierTable(driver, kind.name().toLowerCase(Locale.ROOT)).size();
  }

  /**
   * The components of every identifier of {@code kind} ("person" or "group") that is not excluded,
   * with {@code together} ({@code [{a_type, a_value, b_type, b_value}]}) joined, their members from
   * {@code identifiers}.
   */
  List<List<Member>> all(
      String kind,
      String graphName,
      List<Map<String, Object>> together,
      IdentifierTable identifiers) {
    Linked linked = link(kind, graphName, together);
    Map<Integer, List<Member>> byComponent = new HashMap<>();
    for (int m = 0; m < linked.nodeIds().length; m++) {
      long id = linked.nodeIds()[m];
      IdentifierTable.Row row = identifiers.get(id);
      if (row != null) { // null only for an identifier loaded after the table was read
        byComponent
            .computeIfAbsent(linked.componentOf()[m], c -> new ArrayList<>())
            .add(new Member(row.key(), row.entityId(), row.firstSeenAt(), id));
      }
    }
    return new ArrayList<>(byComponent.values());
  }

  private Linked link(String kind, String graph, List<Map<String, Object>> together) {
    String label = kind.equals("person") ? "PersonIdentifier" : "GroupIdentifier";
    boolean excluded =
        query("resolve/" + kind + "-excluded-count", Map.of()).getFirst().get("excluded").asLong()
            > 0;
    String filtered = graph + "-linkable";
    List<Long> nodeIds = new ArrayList<>();
    List<Integer> rowOf =
        new ArrayList<>(); // the stream's row (one per WCC component) of each node
    int[] rows = {0};
    long nodes;
    long relationships;
    try {
      Record projected =
          query(
                  "resolve/native-project",
                  Map.of(
                      "graph",
                      graph,
                      "labels",
                      excluded ? List.of(label, "Excluded") : List.of(label)))
              .getFirst();
      nodes = projected.get("nodes").asLong();
      relationships = projected.get("relationships").asLong();
      if (nodes == 0) {
        return new Linked(new Summary(0, 0, 0), new long[0], new int[0]);
      }
      String wcc = graph;
      if (excluded) {
        query(
            "resolve/native-filter",
            Map.of(
                "graph",
                filtered,
                "from",
                graph,
                "nodeFilter",
                "n:" + label + " AND NOT n:Excluded"));
        wcc = filtered;
      }
      Cypher.stream(
          driver,
          "resolve/wcc-stream-linked",
          Map.of("graph", wcc),
          r -> {
            int row = rows[0]++;
            for (Value node : r.get("nodeIds").values()) {
              nodeIds.add(node.asLong());
              rowOf.add(row);
            }
          });
    } finally {
      if (excluded) {
        query("resolve/drop-graph", Map.of("graph", filtered));
      }
      query("resolve/drop-graph", Map.of("graph", graph));
    }
    long[] ids = nodeIds.stream().mapToLong(Long::longValue).toArray();
    int[] componentOf =
        join(
            kind,
            excluded,
            together,
            ids,
            rowOf.stream().mapToInt(Integer::intValue).toArray(),
            rows[0]);
    int components = (int) Arrays.stream(componentOf).distinct().count();
    return new Linked(new Summary(nodes, relationships, components), ids, componentOf);
  }

  /**
   * Each node's component after joining the links WCC could not see, as a root index of a {@link
   * UnionFind} over the {@code components} WCC components ({@code componentOf}: each node's, by
   * index; rewritten in place).
   */
  private int[] join(
      String kind,
      boolean excluded,
      List<Map<String, Object>> together,
      long[] nodeIds,
      int[] componentOf,
      int components) {
    UnionFind union = new UnionFind(components);
    List<List<Long>> joins = new ArrayList<>();
    if (excluded) {
      query("resolve/" + kind + "-excluded-hub-stars", Map.of())
          .forEach(r -> joins.add(r.get("spokes").asList(Value::asLong)));
    }
    if (!together.isEmpty()) {
      query("resolve/" + kind + "-together-ids", Map.of("together", together))
          .forEach(r -> joins.add(List.of(r.get("a").asLong(), r.get("b").asLong())));
    }
    if (!joins.isEmpty()) {
      Map<Long, Integer> memberOf = new HashMap<>();
      for (int m = 0; m < componentOf.length; m++) {
        memberOf.put(nodeIds[m], m);
      }
      for (List<Long> join : joins) {
        Integer first = null;
        for (Long node : join) {
          Integer m = memberOf.get(node); // null only for an identifier loaded after WCC ran
          if (m != null && first == null) {
            first = componentOf[m];
          } else if (m != null) {
            union.union(first, componentOf[m]);
          }
        }
      }
    }
    for (int m = 0; m < componentOf.length; m++) {
      componentOf[m] = union.find(componentOf[m]);
    }
    return componentOf;
  }

  private List<Record> query(String file, Map<String, Object> parameters) {
    return Cypher.query(driver, file, parameters);
  }
}
