package io.nexusgraph.api.pipeline;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress as log lines: at most one every 10 s per stage, and one when the stage ends. */
final class LogProgress implements Progress {

  private static final Logger LOG = LoggerFactory.getLogger(LogProgress.class);
  private static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

  @Override
  public Stage stage(String name, long total, String unit) {
    long start = System.nanoTime();
    return new Stage() {
      long done;
      long lastLog = start;

      @Override
      public void step(long n) {
        done += n;
        long now = System.nanoTime();
        if (now - lastLog >= EVERY_NANOS) {
          lastLog = now;
          LOG.info(
              "{}: {} {}{}, {} {}/s", name, done, unit, of(total), rate(done, now - start), unit);
        }
      }

      @Override
      public void close() {
        long elapsed = System.nanoTime() - start;
        LOG.info(
            "{}: done, {} {} in {} ms, {} {}/s",
            name,
            done,
            unit,
            TimeUnit.NANOSECONDS.toMillis(elapsed),
            rate(done, elapsed),
            unit);
      }
    };
  }

  private static String of(long total) {
    return total < 0 ? "" : " of " + total;
  }

  private static String rate(long done, long nanos) {
    return nanos <= 0 ? "0" : String.format(Locale.ROOT, "%.1f", done * 1e9 / nanos);
  }
}
