package io.nexusgraph.bench.pipeline;

import io.nexusgraph.graph.resolution.Guardrails;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import java.time.Clock;
import java.util.List;
import org.neo4j.driver.Driver;

/**
 * What the stages of one pipeline run share: the servers, the clock, the guardrails, the run id,
 * and the event-log batches (set by parsing, or given when a run starts from batches already
 * parsed).
 */
public final class StageContext {

  private final Driver driver;
  private final Clock clock;
  private final Guardrails guardrails;
  private final String runId;
  private List<EventLogBatch> batches;

  public StageContext(
      Driver driver,
      Clock clock,
      Guardrails guardrails,
      String runId,
      List<EventLogBatch> batches) {
    this.driver = driver;
    this.clock = clock;
    this.guardrails = guardrails;
    this.runId = runId;
    this.batches = List.copyOf(batches);
  }

  public Driver driver() {
    return driver;
  }

  public Clock clock() {
    return clock;
  }

  public Guardrails guardrails() {
    return guardrails;
  }

  public String runId() {
    return runId;
  }

  public List<EventLogBatch> batches() {
    return batches;
  }

  void batches(List<EventLogBatch> parsed) {
    batches = List.copyOf(parsed);
  }
}
