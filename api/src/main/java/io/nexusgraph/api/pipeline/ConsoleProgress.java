package io.nexusgraph.api.pipeline;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars (stage, units done, units/s, ETA) on the terminal, one per stage. */
final class ConsoleProgress implements Progress {

  @Override
  public Stage stage(String name, long total, String unit) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(name)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUnit(" " + unit, 1)
            .showSpeed()
            .setUpdateIntervalMillis(250)
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setMaxRenderedLength(100)
            .continuousUpdate()
            .build();
    return new Stage() {
      @Override
      public void step(long units) {
        bar.stepBy(units);
      }

      @Override
      public void close() {
        if (total >= 0) {
          bar.stepTo(Math.max(bar.getCurrent(), total));
        }
        bar.close();
      }
    };
  }
}
