package io.nexusgraph.ingest.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.SourceAdapters;
import io.nexusgraph.ingest.testing.AdapterRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {
  private static final Scale TINY = new Scale("tiny", 2_000);

  @Test
  void theSameSeedGivesByteIdenticalFiles(@TempDir Path a, @TempDir Path b, @TempDir Path c)
      throws IOException {
    new DemoDataGenerator(42, TINY).writeTo(a);
    new DemoDataGenerator(42, TINY).writeTo(b);
    new DemoDataGenerator(43, TINY).writeTo(c);

    List<Path> files = files(a);
    assertThat(files.stream().map(f -> a.relativize(f).toString()))
        .containsExactly(
            "calendar/events.json",
            "gmail/messages.jsonl",
            "ground-truth.csv",
            "segment/events.jsonl",
            "shopify/customers.json",
            "shopify/orders.json",
            "shopify/shops.json",
            "stripe/events.jsonl");
    for (Path f : files) {
      assertThat(Files.readAllBytes(b.resolve(a.relativize(f))))
          .as(f.toString())
          .isEqualTo(Files.readAllBytes(f));
    }
    assertThat(Files.readAllBytes(c.resolve("segment/events.jsonl")))
        .isNotEqualTo(Files.readAllBytes(a.resolve("segment/events.jsonl")));
  }

  @Test
  void theGroundTruthAgreesWithWhatTheFilesSay(@TempDir Path dir) throws IOException {
    GeneratedData data = new DemoDataGenerator(7, Scale.SMALL).writeTo(dir);
    assertThat(data.totalRecords()).isBetween(17_000L, 23_000L);
    Map<String, Set<String>> owners = new HashMap<>();
    Map<String, String> traps = new HashMap<>();
    for (String line :
        Files.readAllLines(data.groundTruth())
            .subList(1, Files.readAllLines(data.groundTruth()).size())) {
      String[] f = line.split(",", -1);
      String key = f[0] + "," + f[1] + "," + f[2];
      Set<String> set = owners.computeIfAbsent(key, k -> new HashSet<>());
      if (!f[3].isEmpty()) {
        set.add(f[3]);
      }
      if (!f[4].isEmpty()) {
        traps.put(key, f[4]);
      }
    }
    assertThat(traps.values()).contains("kiosk", "shared_inbox", "family_phone", "placeholder");

    for (String source : data.recordsPerSource().keySet()) {
      AdapterRun run =
          AdapterRun.of(
              SourceAdapters.byType(source).create(Map.of("paths", dir.resolve(source).toString())),
              source,
              Checkpoint.EMPTY,
              NormalizationConfig.defaults());
      long written = data.recordsPerSource().get(source);
      assertThat(run.result.counts())
          .as(source)
          .isEqualTo(new SourceCounts(written, written, 0, run.rejects.size()));
      for (var reject : run.rejects) {
        assertThat(reject.reason()).isEqualTo(ReasonCode.BLOCKED_VALUE);
        assertThat(reject.rawExcerpt()).isIn("test@test.com", "N/A", "0000000000", "1234567890");
      }
      for (EventLogBatch batch : run.batches) {
        Map<String, Set<String>> entitiesPerEdge = new HashMap<>();
        for (IdentifierObservation i : batch.identifiers()) {
          String key =
              i.entityKind().columnValue() + "," + i.identifierType() + "," + i.identifierValue();
          assertThat(owners).as("%s in ground truth (%s)", key, source).containsKey(key);
          if (owners.get(key).size() == 1) {
            entitiesPerEdge
                .computeIfAbsent(i.edgeId(), e -> new HashSet<>())
                .addAll(owners.get(key));
          }
        }
        // identifiers on one edge belong to one true entity, unless they are a shared trap
        entitiesPerEdge.values().forEach(set -> assertThat(set).as(source).hasSize(1));
      }
    }
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
