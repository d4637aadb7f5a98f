package io.nexusgraph.bench.pipeline;

/**
 * One timed step of the pipeline (parse+normalise, load, resolve; the project stage is measured by
 * the product stage, in the service's own run). A new step is a new implementation added to the
 * list {@link Pipeline#run} gets; the harness times it, measures peak memory around it and reports
 * its rows per second.
 */
public interface Stage {

  /** Short name for the report, e.g. {@code load}. */
  String name();

  /** Runs the step on the context (reading and leaving state there) and says what it did. */
  StageOutcome run(StageContext context);
}
