package io.nexusgraph.graph.resolution;

import io.nexusgraph.graph.cypher.CypherFile;
import io.nexusgraph.graph.resolution.Exclusion.Reason;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;

/**
 * Reads the recorded exclusions of one entity kind from the graph as they stand after the last run,
 * one at a time in (type, value) order, so the api can project identifier_exclusions without
 * holding them all in memory.
 */
public final class Exclusions {

  private final Driver driver;

  public Exclusions(Driver driver) {
    this.driver = driver;
  }

  public void stream(EntityKind kind, Consumer<Exclusion> consumer) {
    stream(kind.name().toLowerCase(Locale.ROOT), consumer);
  }

  void stream(String kind, Consumer<Exclusion> consumer) {
    String statement = CypherFile.load("resolve/" + kind + "-exclusions").single();
    try (Session session = driver.session()) {
      // auto-commit: a managed read could be retried and hand the consumer rows twice
      Result result = session.run(statement, Map.of());
      while (result.hasNext()) {
        Record r = result.next();
        consumer.accept(
            new Exclusion(
                r.get("type").asString(),
                r.get("value").asString(),
                Reason.ofColumn(r.get("reason").asString()),
                r.get("detail").asString(null)));
      }
    }
  }
}
