package io.nexusgraph.ingest;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * SHA-256 digests of the generated demo data and of everything the adapters produce from it (a
 * tool, not a test): every batch and reject, in order, as its record's text, with a fixed clock,
 * the sources in name order and one normaliser shared by them. Run it before and after a change to
 * the ingest hot path: the same input digest with a different output digest means the change
 * altered what is produced.
 *
 * <pre>
 * ./mvnw -B -q -pl ingest -am test -DskipTests -Pparse-benchmark \
 *     -Dbenchmark.main=io.nexusgraph.ingest.ParseOutputDigest -Dbenchmark.args=medium
 * </pre>
 */
public final class ParseOutputDigest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

  private ParseOutputDigest() {}

  public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
    Scale scale = Scale.byName(args.length > 0 ? args[0] : "medium");
    Path dir = Files.createTempDirectory("nexus-digest");
    try {
      GeneratedData data = new DemoDataGenerator(1, scale).writeTo(dir);
      MessageDigest input = MessageDigest.getInstance("SHA-256");
      for (Path f : files(dir)) {
        input.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        input.update(Files.readAllBytes(f));
      }
      MessageDigest output = MessageDigest.getInstance("SHA-256");
      long[] counts = new long[2];
      Normalizer normalizer = new Normalizer(NormalizationConfig.defaults());
      for (String source : new TreeSet<>(data.recordsPerSource().keySet())) {
        IngestContext ctx =
            new IngestContext(
                source,
                normalizer,
                CLOCK,
                b -> {
                  counts[0]++;
                  output.update(("B" + b + "\n").getBytes(StandardCharsets.UTF_8));
                },
                r -> {
                  counts[1]++;
                  output.update(("R" + r + "\n").getBytes(StandardCharsets.UTF_8));
                });
        SourceAdapters.byType(source)
            .create(Map.of("paths", dir.resolve(source).toString()))
            .read(Checkpoint.EMPTY, ctx);
      }
      System.out.printf(
          "input sha256 %s%noutput sha256 %s over %,d batches and %,d rejects%n",
          HexFormat.of().formatHex(input.digest()),
          HexFormat.of().formatHex(output.digest()),
          counts[0],
          counts[1]);
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** The regular files under {@code dir}, in path order. */
  private static List<Path> files(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
