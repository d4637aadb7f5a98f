package io.nexusgraph.graph.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.graph.schema.GraphSchema;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.testkit.NexusServers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

/**
 * Property: for a random sequence of batches, resolving after every batch (incrementally: only what
 * each batch can affect) gives the same partition as loading everything and resolving every
 * identifier once; and an entity the later batches never touch keeps its id. Fixed seeds, so a
 * failure reproduces.
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
        ResolutionResult run = incremental.resolve();
        if (b > 0) {
          assertThat(run.incremental())
              .as("seed %d: batch %d re-resolved only what changed", seed, b)
              .isTrue();
        }
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
      assertThat(full.resolveAll().incremental()).isFalse();

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

  /**
   * The same property where the guardrails bite part way: emails, user ids and phones drawn from
   * small pools, so that shared identifiers (an email with three user ids, a phone with two) and
   * the one-user-id-per-person limit appear in later batches and split entities earlier batches
   * built. Identifiers outside any person are compared as excluded.
   */
  @ParameterizedTest
  @ValueSource(longs = {3L, 11L, 2027L})
  void incrementalRunsEqualOneFullRunWhenGuardrailsBite(long seed) {
    Random random = new Random(seed);
    String[] types = {"email", "user_id", "phone"};
    int[] pools = {8, 5, 3};
    List<List<List<Integer>>> batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      List<List<Integer>> records = new ArrayList<>();
      for (int r = 0; r < RECORDS_PER_BATCH + 1; r++) {
        List<Integer> record = new ArrayList<>();
        int size = 2 + random.nextInt(2);
        for (int k = 0; k < size; k++) {
          int type = random.nextInt(types.length);
          record.add(type * 100 + random.nextInt(pools[type]));
        }
        records.add(record);
      }
      batches.add(records);
    }
    Scenario incremental = new Scenario(driver);
    Scenario full = new Scenario(driver);
    try {
      Set<Integer> seen = new TreeSet<>();
      for (int b = 0; b < batches.size(); b++) {
        incremental.load(mixed(incremental, "b" + b, batches.get(b), types));
        ResolutionResult run = incremental.resolve();
        if (b > 0) {
          assertThat(run.incremental()).isTrue();
        }
        batches.get(b).forEach(seen::addAll);
      }
      List<EventLogBatch> all = new ArrayList<>();
      for (int b = 0; b < batches.size(); b++) {
        all.addAll(List.of(mixed(full, "b" + b, batches.get(b), types)));
      }
      full.load(all.toArray(EventLogBatch[]::new));
      assertThat(full.resolveAll().incremental()).isFalse();

      assertThat(partition(seen, i -> entityOrExcluded(incremental, key(incremental, i, types))))
          .as("seed %d", seed)
          .isEqualTo(partition(seen, i -> entityOrExcluded(full, key(full, i, types))));
    } finally {
      incremental.cleanUp();
      full.cleanUp();
    }
  }

  private static EventLogBatch[] mixed(
      Scenario s, String batch, List<List<Integer>> records, String[] types) {
    EventLogBatch[] out = new EventLogBatch[records.size()];
    for (int r = 0; r < records.size(); r++) {
      out[r] =
          s.recordOf(
              batch + "r" + r,
              r,
              records.get(r).stream()
                  .distinct()
                  .map(i -> key(s, i, types))
                  .toArray(IdentifierKey[]::new));
    }
    return out;
  }

  private static IdentifierKey key(Scenario s, int identifier, String[] types) {
    return s.id(types[identifier / 100], "m" + identifier);
  }

  /** The person of an identifier, or a name of its own when it is in none (excluded). */
  private static String entityOrExcluded(Scenario s, IdentifierKey key) {
    return s.hasPerson(key)
        ? s.personOf(key)
        : "excluded " + key.type() + " " + key.value().substring(0, key.value().indexOf('@'));
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
