package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.testkit.NexusServers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

/**
 * Property: for a random sequence of batches, resolving after every batch gives the same partition
 * as loading everything and resolving once; and an entity the later batches never touch keeps its
 * id. Fixed seeds, so a failure reproduces.
 */
@ExtendWith(NexusServers.class)
class IncrementalEqualsFullIT {

  private static final int POOL = 14;
  private static final int BATCHES = 5;
  private static final int RECORDS_PER_BATCH = 3;

  private final Driver driver;

  IncrementalEqualsFullIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
  }

  @ParameterizedTest
  @ValueSource(longs = {1L, 7L, 42L, 2026L})
  void incrementalRunsEqualOneFullRun(long seed) {
    List<List<List<Integer>>> batches = randomBatches(new Random(seed));
    Scenario incremental = new Scenario(driver);
    Scenario full = new Scenario(driver);
    try {
      // Incremental: load and resolve batch by batch, remembering every identifier's id.
      Map<Integer, Integer> lastBatch = new HashMap<>();
      List<Map<Integer, String>> idsAfter = new ArrayList<>();
      for (int b = 0; b < batches.size(); b++) {
        incremental.load(
            records(incremental, "b" + b, batches.get(b)).toArray(EventLogBatch[]::new));
        incremental.resolve();
        for (List<Integer> record : batches.get(b)) {
          for (int i : record) {
            lastBatch.put(i, b);
          }
        }
        Map<Integer, String> ids = new HashMap<>();
        lastBatch.keySet().forEach(i -> ids.put(i, incremental.personOf(value(incremental, i))));
        idsAfter.add(ids);
      }
      // Full: everything at once, one resolution.
      List<EventLogBatch> all = new ArrayList<>();
      for (int b = 0; b < batches.size(); b++) {
        all.addAll(records(full, "b" + b, batches.get(b)));
      }
      full.load(all.toArray(EventLogBatch[]::new));
      full.resolve();

      Map<Integer, String> finalIds = idsAfter.getLast();
      Set<Integer> seen = lastBatch.keySet();
      assertThat(partition(seen, finalIds::get))
          .isEqualTo(partition(seen, i -> full.personOf(value(full, i))));
      // An entity no later batch touched keeps the id it had after its last batch.
      for (Set<Integer> entity : partition(seen, finalIds::get)) {
        int last = entity.stream().mapToInt(lastBatch::get).max().orElseThrow();
        for (int i : entity) {
          assertThat(idsAfter.get(last).get(i))
              .as("seed %d: identifier %d after batch %d", seed, i, last)
              .isEqualTo(finalIds.get(i));
        }
      }
    } finally {
      incremental.cleanUp();
      full.cleanUp();
    }
  }

  private static Set<Set<Integer>> partition(
      Set<Integer> identifiers, Function<Integer, String> entity) {
    return identifiers.stream()
        .collect(Collectors.groupingBy(entity, Collectors.toSet()))
        .values()
        .stream()
        .collect(Collectors.toSet());
  }

  private static List<List<List<Integer>>> randomBatches(Random random) {
    List<List<List<Integer>>> batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      List<List<Integer>> records = new ArrayList<>();
      for (int r = 0; r < RECORDS_PER_BATCH; r++) {
        int size = 1 + random.nextInt(3);
        List<Integer> record = new ArrayList<>();
        for (int k = 0; k < size; k++) {
          record.add(random.nextInt(POOL));
        }
        records.add(record);
      }
      batches.add(records);
    }
    return batches;
  }

  private static List<EventLogBatch> records(
      Scenario s, String batch, List<List<Integer>> records) {
    List<EventLogBatch> out = new ArrayList<>();
    for (int r = 0; r < records.size(); r++) {
      List<String> emails = records.get(r).stream().distinct().map(i -> value(s, i)).toList();
      out.add(s.record(batch + "r" + r, r, true, emails));
    }
    return out;
  }

  private static String value(Scenario s, int identifier) {
    return s.email("id" + identifier);
  }
}
