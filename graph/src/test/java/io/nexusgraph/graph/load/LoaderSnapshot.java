package io.nexusgraph.graph.load;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Reads back, as sorted strings, every node and relationship one test's suffix owns, with all
 * properties, so that two loads can be compared exactly; and deletes them again.
 */
final class LoaderSnapshot {

  private static final String OWNED =
      """
      ((n:Event AND n.event_id CONTAINS $s)
       OR ((n:PersonIdentifier OR n:GroupIdentifier) AND n.value CONTAINS $s)
       OR ((n:PersonTrait OR n:GroupTrait) AND n.id CONTAINS $s))
      """;

  private LoaderSnapshot() {}

  static List<String> nodes(Driver driver, String suffix) {
    return query(
        driver,
        "MATCH (n) WHERE " + OWNED + " RETURN labels(n) AS labels, properties(n) AS props",
        suffix,
        r -> r.get("labels").asList() + " " + new TreeMap<>(r.get("props").asMap()));
  }

  static List<String> relationships(Driver driver, String suffix) {
    return query(
        driver,
        "MATCH (n)-[r]->(m) WHERE "
            + OWNED
            + " RETURN coalesce(n.id, n.event_id, n.type + ':' + n.value) AS from, type(r) AS type,"
            + " properties(r) AS props, coalesce(m.id, m.event_id, m.type + ':' + m.value) AS to",
        suffix,
        r ->
            r.get("from").asString()
                + " -"
                + r.get("type").asString()
                + new TreeMap<>(r.get("props").asMap())
                + "-> "
                + r.get("to").asString());
  }

  static void delete(Driver driver, String suffix) {
    driver
        .executableQuery("MATCH (n) WHERE " + OWNED + " DETACH DELETE n")
        .withParameters(Map.of("s", suffix))
        .execute();
  }

  private static List<String> query(
      Driver driver, String cypher, String suffix, Function<Record, String> f) {
    return driver
        .executableQuery(cypher)
        .withParameters(Map.of("s", suffix))
        .execute()
        .records()
        .stream()
        .map(f)
        .sorted()
        .toList();
  }
}
