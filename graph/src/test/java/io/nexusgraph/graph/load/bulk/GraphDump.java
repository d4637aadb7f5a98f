package io.nexusgraph.graph.load.bulk;

import java.util.List;
import java.util.TreeMap;
import org.neo4j.driver.Driver;

/**
 * The whole graph as sorted lines, so that two graphs compare exactly: every node's sorted labels
 * and properties, every relationship's type and properties between its end nodes' keys.
 */
final class GraphDump {

  private static final String KEY =
      "coalesce(%1$s.event_id, %1$s.id, %1$s.person_id, %1$s.group_id,"
          + " %1$s.type + ':' + %1$s.value, %1$s.kind, '?')";

  private GraphDump() {}

  /** {@code dump} as if no node carried {@code label} (the lines stay sorted). */
  static List<String> withoutLabel(List<String> dump, String label) {
    return dump.stream().map(line -> withoutLabel(line, label)).sorted().toList();
  }

  /**
   * A node line starts with its sorted labels, {@code [A, B] {...}}; other lines stay as they are.
   */
  private static String withoutLabel(String line, String label) {
    int end = line.indexOf("] ");
    if (!line.startsWith("[") || end < 0) {
      return line;
    }
    List<String> labels = new java.util.ArrayList<>(List.of(line.substring(1, end).split(", ")));
    labels.remove(label);
    return labels + line.substring(end + 1);
  }

  static List<String> of(Driver driver) {
    List<String> nodes =
        driver
            .executableQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
            .execute()
            .records()
            .stream()
            .map(
                r ->
                    r.get("labels").asList(v -> v.asString()).stream().sorted().toList()
                        + " "
                        + new TreeMap<>(r.get("props").asMap()))
            .toList();
    List<String> relationships =
        driver
            .executableQuery(
                "MATCH (n)-[r]->(m) RETURN "
                    + KEY.formatted("n")
                    + " AS from, type(r) AS type, properties(r) AS props, "
                    + KEY.formatted("m")
                    + " AS to")
            .execute()
            .records()
            .stream()
            .map(
                r ->
                    r.get("from").asString()
                        + " -"
                        + r.get("type").asString()
                        + new TreeMap<>(r.get("props").asMap())
                        + "-> "
                        + r.get("to").asString())
            .toList();
    return java.util.stream.Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
  }
}
