package io.nexusgraph.api.status;

import java.util.Map;

/**
 * What {@code nexus status} prints.
 *
 * @param versions component name to version
 * @param graphNodes Neo4j label to node count
 * @param tableRows PostgreSQL table to row count
 */
public record StatusReport(
    Map<String, String> versions, Map<String, Long> graphNodes, Map<String, Long> tableRows) {

  public String render() {
    StringBuilder text = new StringBuilder("Versions\n");
    versions.forEach((name, version) -> line(text, name, version));
    text.append("\nNeo4j nodes\n");
    if (graphNodes.isEmpty()) {
      text.append("  (empty graph)\n");
    }
    graphNodes.forEach((label, count) -> line(text, label, String.valueOf(count)));
    text.append("\nPostgreSQL rows\n");
    tableRows.forEach((table, count) -> line(text, table, String.valueOf(count)));
    return text.toString();
  }

  private static void line(StringBuilder text, String name, String value) {
    text.append("  ").append(String.format("%-30s", name)).append(' ').append(value).append('\n');
  }
}
