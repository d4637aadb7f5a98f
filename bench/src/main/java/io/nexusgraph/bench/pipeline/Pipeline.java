package io.nexusgraph.bench.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Runs stages in order, timing each and measuring peak memory around it. */
public final class Pipeline {

  private final Meters meters;

  public Pipeline(Meters meters) {
    this.meters = meters;
  }

  public List<StageTiming> run(List<Stage> stages, StageContext context) {
    List<StageTiming> out = new ArrayList<>();
    for (Stage stage : stages) {
      meters.resetPeaks();
      long benchCpu = meters.benchCpuMillis();
      long neo4jCpu = meters.neo4jCpuMillis();
      OptionalLong neo4jPid = meters.neo4jPid();
      long start = System.nanoTime();
      StageOutcome outcome = stage.run(context);
      long millis = (System.nanoTime() - start) / 1_000_000;
      // a stage that restarted Neo4j (bulk import) ran in two server JVMs: CPU not measurable
      boolean sameNeo4j = neo4jPid.equals(meters.neo4jPid());
      out.add(
          new StageTiming(
              stage.name(),
              millis,
              outcome.rows(),
              outcome.unit(),
              StageTiming.perSecond(outcome.rows(), millis),
              meters.benchPeakMb(),
              meters.neo4jPeakMb(),
              meters.benchCpuMillis() - benchCpu,
              neo4jCpu < 0 || !sameNeo4j ? -1 : meters.neo4jCpuMillis() - neo4jCpu,
              outcome.detail()));
    }
    return out;
  }
}
