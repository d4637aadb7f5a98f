package io.nexusgraph.ingest;

import com.sun.management.ThreadMXBean;
import io.nexusgraph.ingest.generator.DemoDataGenerator;
import io.nexusgraph.ingest.generator.GeneratedData;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.normalize.Normalizer;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.SourceAdapters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Parse + normalise throughput on one thread over generated demo data (a benchmark, not a test):
 * every source file is read by its adapter, normalised (one {@link Normalizer} per round, shared by
 * its sources, as a run's sources can share one), and turned into event-log batches that a counting
 * sink drops. The target (issue 3) is {@value #TARGET} raw records per second on one core.
 *
 * <pre>
 * ./mvnw -B -q -pl ingest -am test -DskipTests -Pparse-benchmark -Dbenchmark.args="medium 8"
 * </pre>
 *
 * Arguments: scale (small, medium, large) and the number of measured rounds after two warm-up
 * rounds. Rates are records per second of this thread's CPU time (the one-core figure, which other
 * processes on a busy machine disturb less than wall-clock time); wall-clock rates are printed too,
 * and the bytes this thread allocated per record (which the machine's load does not change). The
 * summary gives the median and best round and their ratio to the target.
 */
public final class ParseBenchmark {
  static final long TARGET = 200_000;
  private static final int WARM_UP = 2;
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ParseBenchmark() {}

  public static void main(String[] args) throws IOException {
    Scale scale = Scale.byName(args.length > 0 ? args[0] : "medium");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Path dir = Files.createTempDirectory("nexus-bench");
    try {
      GeneratedData data = new DemoDataGenerator(1, scale).writeTo(dir);
      System.out.printf(
          "generated %,d records (%s) in %s%n", data.totalRecords(), scale.name(), dir);
      double[] rates = new double[rounds];
      for (int round = 1 - WARM_UP; round <= rounds; round++) {
        double rate = round(dir, data, round < 1 ? "warm-up" : "round " + round);
        if (round >= 1) {
          rates[round - 1] = rate;
        }
      }
      Arrays.sort(rates);
      double median = rates[rates.length / 2];
      double best = rates[rates.length - 1];
      System.out.printf(
          "parse + normalise, one thread: median %,.0f records/s (%.2f × the %,d/s target),"
              + " best %,.0f records/s (%.2f × target)%n",
          median, median / TARGET, TARGET, best, best / TARGET);
    } finally {
      delete(dir);
    }
  }

  /** Reads every source once; prints the round and returns its CPU-time rate. */
  private static double round(Path dir, GeneratedData data, String label) {
    // one normaliser per round, shared by its sources (IngestContext's shared-normaliser form)
    Normalizer normalizer = new Normalizer(NormalizationConfig.defaults());
    Map<String, String> perSource = new LinkedHashMap<>();
    long records = 0;
    long observations = 0;
    long cpu = 0;
    long allocatedStart = THREADS.getCurrentThreadAllocatedBytes();
    long start = System.nanoTime();
    for (String source : data.recordsPerSource().keySet()) {
      long[] obs = {0};
      IngestContext ctx =
          new IngestContext(
              source,
              normalizer,
              Clock.systemUTC(),
              b -> obs[0] += b.identifiers().size() + b.traits().size() + b.memberships().size(),
              r -> {});
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long read =
          SourceAdapters.byType(source)
              .create(Map.of("paths", dir.resolve(source).toString()))
              .read(Checkpoint.EMPTY, ctx)
              .counts()
              .read();
      long sourceCpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
      perSource.put(source, "%,.0f/s".formatted(read / (sourceCpu / 1e9)));
      cpu += sourceCpu;
      records += read;
      observations += obs[0];
    }
    double wall = (System.nanoTime() - start) / 1e9;
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedStart;
    double rate = records / (cpu / 1e9);
    System.out.printf(
        "%s: %,d records, %,d observations; thread CPU %.2f s = %,.0f records/s"
            + " (wall %.2f s = %,.0f/s), allocated %,d bytes/record; per source %s%n",
        label,
        records,
        observations,
        cpu / 1e9,
        rate,
        wall,
        records / wall,
        allocated / records,
        perSource);
    return rate;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
