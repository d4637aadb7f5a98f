package io.nexusgraph.graph.export;

import io.nexusgraph.graph.cypher.Cypher;
import io.nexusgraph.graph.cypher.Pages;
import io.nexusgraph.ingest.eventlog.EntityKind;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Streams what resolution concluded out of the graph, for the relational projection: identifiers
 * with their entity, and the id history. Streams in constant memory; each call is one read
 * transaction, so it sees one consistent state of the graph.
 */
public final class ResolvedExport {

  private final Driver driver;

  public ResolvedExport(Driver driver) {
    this.driver = driver;
  }

  /** Every identifier that belongs to an entity of {@code kind}. Excluded ones are not listed. */
  public void identifiers(EntityKind kind, Consumer<ResolvedIdentifier> sink) {
    Cypher.stream(
        driver, "export/" + kind.columnValue() + "-identifiers", Map.of(), identifier(sink));
  }

  /** The identifiers of the entities of {@code kind} named by {@code ids}. */
  public void identifiers(EntityKind kind, List<String> ids, Consumer<ResolvedIdentifier> sink) {
    for (List<String> page : Pages.of(ids)) {
      Cypher.stream(
          driver,
          "export/" + kind.columnValue() + "-identifiers-of",
          Map.of("ids", page),
          identifier(sink));
    }
  }

  /** Every recorded merge and split of entities of {@code kind}, oldest first. */
  public void history(EntityKind kind, Consumer<HistoryEntry> sink) {
    Cypher.stream(
        driver, "export/id-changes", Map.of("kind", kind.columnValue()), historyEntry(sink));
  }

  /** The merges and splits of entities of {@code kind} that run {@code runId} recorded. */
  public void history(EntityKind kind, String runId, Consumer<HistoryEntry> sink) {
    Cypher.stream(
        driver,
        "export/id-changes-of-run",
        Map.of("kind", kind.columnValue(), "run_id", runId),
        historyEntry(sink));
  }

  private static Consumer<Record> identifier(Consumer<ResolvedIdentifier> sink) {
    return r ->
        sink.accept(
            new ResolvedIdentifier(
                r.get("type").asString(),
                r.get("value").asString(),
                r.get("entity_id").asString(),
                r.get("source").asString(null),
                Cypher.instant(r.get("first_seen_at")),
                Cypher.instant(r.get("last_seen_at"))));
  }

  private static Consumer<Record> historyEntry(Consumer<HistoryEntry> sink) {
    return r ->
        sink.accept(
            new HistoryEntry(
                r.get("old_id").asString(),
                r.get("new_id").asString(),
                r.get("change").asString(),
                r.get("run_id").asString(),
                Cypher.instant(r.get("changed_at")),
                r.get("cause_event_id").asString(null)));
  }
}
