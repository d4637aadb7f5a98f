package io.nexusgraph.bench.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Runs stages in order, timing each and measuring peak memory around it. */
public final class Pipeline {

  private final Memory memory;

  public Pipeline(Memory memory) {
    this.memory = memory;
  }

  public List<StageTiming> run(List<Stage> stages, StageContext context) {
    List<StageTiming> out = new ArrayList<>();
    for (Stage stage : stages) {
      memory.resetPeaks();
      long start = System.nanoTime();
      StageOutcome outcome = stage.run(context);
      long millis = (System.nanoTime() - start) / 1_000_000;
      out.add(
          new StageTiming(
              stage.name(),
              millis,
              outcome.rows(),
              outcome.unit(),
              StageTiming.perSecond(outcome.rows(), millis),
              memory.benchPeakMb(),
              memory.neo4jPeakMb(),
              outcome.detail()));
    }
    return out;
  }
}
