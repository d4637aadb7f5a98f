package io.nexusgraph.ingest;

import io.nexusgraph.ingest.generator.DemoDataGenerator;
import io.nexusgraph.ingest.generator.GeneratedData;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.SourceAdapters;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Parse + normalise throughput on one thread over generated demo data (a benchmark, not a test):
 * every source file is read by its adapter, normalised, and turned into event-log batches that a
 * counting sink drops.
 *
 * <pre>
 * ./mvnw -B -q -pl ingest test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.nexusgraph.ingest.ParseBenchmark -Dexec.args="medium 8"
 * </pre>
 *
 * Arguments: scale (small, medium, large) and the number of measured rounds after one warm-up.
 * Prints wall-clock and thread-CPU rates; on a busy machine the CPU rate is the one-core figure.
 */
public final class ParseBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ParseBenchmark() {}

  public static void main(String[] args) throws IOException {
    Scale scale = Scale.byName(args.length > 0 ? args[0] : "medium");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Path dir = Files.createTempDirectory("nexus-bench");
    GeneratedData data = new DemoDataGenerator(1, scale).writeTo(dir);
    System.out.printf("generated %,d records (%s) in %s%n", data.totalRecords(), scale.name(), dir);
    NormalizationConfig config = NormalizationConfig.defaults();
    for (int round = 0; round <= rounds; round++) {
      long records = 0;
      long observations = 0;
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      for (String source : data.recordsPerSource().keySet()) {
        long[] obs = {0};
        IngestContext ctx =
            new IngestContext(
                source,
                config,
                Clock.systemUTC(),
                b -> obs[0] += b.identifiers().size() + b.traits().size() + b.memberships().size(),
                r -> {});
        SourceCounts counts =
            SourceAdapters.byType(source)
                .create(Map.of("paths", dir.resolve(source).toString()))
                .read(Checkpoint.EMPTY, ctx)
                .counts();
        records += counts.read();
        observations += obs[0];
      }
      double wall = (System.nanoTime() - start) / 1e9;
      double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf(
          "%s: %,d records, %,d observations; wall %.2f s = %,.0f records/s;"
              + " thread CPU %.2f s = %,.0f records/s%n",
          round == 0 ? "warm-up" : "round " + round,
          records,
          observations,
          wall,
          records / wall,
          cpu,
          records / cpu);
    }
  }
}
