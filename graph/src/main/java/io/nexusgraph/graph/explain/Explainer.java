package io.nexusgraph.graph.explain;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.explain.Explanation.Hop;
import io.nexusgraph.graph.explain.Explanation.Obstacle;
import io.nexusgraph.graph.explain.Explanation.Verdict;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Answers "why are these two the same person?" with the evidence path resolution relied on, each
 * hop with its source, event and time; and "why not?" with the exclusions or consent-denied records
 * on the closest chain between them.
 */
public final class Explainer {

  private final Driver driver;

  public Explainer(Driver driver) {
    this.driver = driver;
  }

  public Explanation explain(EntityKind kind, IdentifierKey a, IdentifierKey b) {
    String name = kind.name().toLowerCase(Locale.ROOT);
    Map<String, Object> pair =
        Map.of("a_type", a.type(), "a_value", a.value(), "b_type", b.type(), "b_value", b.value());
    Record entities = Cypher.query(driver, "explain/" + name + "-entities", pair).getFirst();
    if (!entities.get("a_known").asBoolean() || !entities.get("b_known").asBoolean()) {
      return new Explanation(Verdict.UNKNOWN_IDENTIFIER, List.of(), List.of());
    }
    Value aEntity = entities.get("a_entity");
    if (!aEntity.isNull() && aEntity.equals(entities.get("b_entity"))) {
      return new Explanation(Verdict.SAME_ENTITY, path(name, a, b, pair), List.of());
    }
    return new Explanation(Verdict.DIFFERENT_ENTITIES, List.of(), obstacles(name, pair));
  }

  private List<Hop> path(String name, IdentifierKey a, IdentifierKey b, Map<String, Object> pair) {
    if (a.equals(b)) {
      return List.of();
    }
    List<Record> found = Cypher.query(driver, "explain/" + name + "-linking-path", pair);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Value> nodes = found.getFirst().get("nodes").asList(v -> v);
    List<Value> hops = found.getFirst().get("hops").asList(v -> v);
    List<Hop> path = new ArrayList<>();
    for (int i = 0; i < hops.size(); i++) {
      Value hop = hops.get(i);
      path.add(
          new Hop(
              key(nodes.get(i)),
              key(nodes.get(i + 1)),
              hop.get("edge_id").asString(),
              hop.get("source").asString(null),
              hop.get("event_id").asString(null),
              Cypher.instant(hop.get("occurred_at"))));
    }
    return path;
  }

  private List<Obstacle> obstacles(String name, Map<String, Object> pair) {
    List<Record> found = Cypher.query(driver, "explain/" + name + "-blocked-path", pair);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Obstacle> obstacles = new ArrayList<>();
    for (Value excluded : found.getFirst().get("excluded").asList(v -> v)) {
      obstacles.add(
          new Obstacle(
              key(excluded),
              null,
              excluded.get("reason").asString(null),
              excluded.get("detail").asString(null)));
    }
    for (Value edge : found.getFirst().get("unlinkable").asList(v -> v)) {
      obstacles.add(
          new Obstacle(
              null,
              edge.get("edge_id").asString(),
              "consent",
              "the record "
                  + edge.get("event_id").asString(null)
                  + " from "
                  + edge.get("source").asString(null)
                  + " denied consent"));
    }
    return obstacles;
  }

  private static IdentifierKey key(Value node) {
    return new IdentifierKey(node.get("type").asString(), node.get("value").asString());
  }
}
