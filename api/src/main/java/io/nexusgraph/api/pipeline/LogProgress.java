package io.nexusgraph.api.pipeline;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress as log lines: at most one every 10 s per stage, and one when the stage ends. */
final class LogProgress implements Progress {

  private static final Logger LOG = LoggerFactory.getLogger(LogProgress.class);
  private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

  @Override
  public Stage stage(String name, long total) {
    long start = System.nanoTime();
    return new Stage() {
      long rows;
      long lastLog = start;

      @Override
      public void step(long n) {
        rows += n;
        long now = System.nanoTime();
        if (now - lastLog >= EVERY_NANOS) {
          lastLog = now;
          LOG.info("{}: {} rows{}, {} rows/s", name, rows, of(total), rate(rows, now - start));
        }
      }

      @Override
      public void close() {
        long elapsed = System.nanoTime() - start;
        LOG.info(
            "{}: done, {} rows in {} ms, {} rows/s",
            name,
            rows,
            TimeUnit.NANOSECONDS.toMillis(elapsed),
            rate(rows, elapsed));
      }
    };
  }

  private static String of(long total) {
    return total < 0 ? "" : " of " + total;
  }

  private static long rate(long rows, long nanos) {
    return nanos <= 0 ? 0 : rows * 1_000_000_000L / nanos;
  }
}
