package io.nexusgraph.bench.incremental;

import io.nexusgraph.bench.quality.Prediction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes new Segment calls (real format, {@code segment/events.jsonl}) on top of a resolved graph,
 * deterministically from a seed and the resolved person entities:
 *
 * <ul>
 *   <li><b>join</b> (6 in 10): an {@code identify} of an existing account's user id with a new
 *       anonymous id — an existing person gains an identifier;
 *   <li><b>merge</b> (1 in 10): an {@code identify} of one entity's user id with another entity's
 *       anonymous id — evidence that two entities are one person;
 *   <li><b>activity</b> (3 in 10): a {@code track} of an existing user id and anonymous id of one
 *       entity — new events, no new identity evidence.
 * </ul>
 */
public final class IncrementWriter {

  /** Where the calls went and how many of each kind. */
  public record Plan(String directory, int events, int joins, int merges, int activity) {}

  /** Right after the generator's data (2024-01-01 plus 700 days): new, and never in the future. */
  static final Instant START = Instant.parse("2025-12-02T00:00:00Z");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private IncrementWriter() {}

  /**
   * Writes {@code events} calls into {@code directory/segment/events.jsonl}.
   *
   * @param persons the resolved person identifiers the increment builds on
   */
  public static Plan write(Path directory, List<Prediction> persons, int events, long seed) {
    Map<String, List<String>> userIds = handles(persons, "user_id");
    Map<String, List<String>> anonymousIds = handles(persons, "anonymous_id");
    List<String> withUser = new ArrayList<>(userIds.keySet());
    List<String> withBoth = withUser.stream().filter(anonymousIds::containsKey).toList();
    if (withBoth.size() < 2) {
      throw new IllegalStateException(
          "the increment needs at least 2 resolved people with a user id and an anonymous id,"
              + " found "
              + withBoth.size());
    }
    Random random = new Random(seed);
    int joins = 0;
    int merges = 0;
    int activity = 0;
    Path file = directory.resolve("segment").resolve("events.jsonl");
    try {
      Files.createDirectories(file.getParent());
      try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (int k = 0; k < events; k++) {
          ObjectNode call;
          int slot = k % 10;
          if (slot == 0) {
            String a = pick(withUser, random);
            String b = pick(withBoth, random);
            while (b.equals(a)) {
              b = pick(withBoth, random);
            }
            call = call("identify", k, pick(anonymousIds.get(b), random));
            call.put("userId", pick(userIds.get(a), random));
            merges++;
          } else if (slot <= 6) {
            call = call("identify", k, "inc-" + seed + "-" + k);
            call.put("userId", pick(userIds.get(pick(withUser, random)), random));
            joins++;
          } else {
            String a = pick(withBoth, random);
            call = call("track", k, pick(anonymousIds.get(a), random));
            call.put("userId", pick(userIds.get(a), random));
            call.put("event", "Increment Activity");
            activity++;
          }
          out.write(JSON.writeValueAsString(call));
          out.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the increment to " + file, e);
    }
    return new Plan(directory.toString(), events, joins, merges, activity);
  }

  private static ObjectNode call(String type, int k, String anonymousId) {
    ObjectNode call = JSON.createObjectNode();
    call.put("type", type);
    call.put("messageId", "inc-" + k);
    call.put("anonymousId", anonymousId);
    call.put("timestamp", START.plusSeconds(k).toString());
    return call;
  }

  /** Entity id → sorted values of {@code type} in it (resolved identifiers only). */
  private static Map<String, List<String>> handles(List<Prediction> persons, String type) {
    Map<String, List<String>> out = new TreeMap<>();
    for (Prediction p : persons) {
      if (!p.excluded() && p.entityId() != null && p.key().type().equals(type)) {
        out.computeIfAbsent(p.entityId(), e -> new ArrayList<>()).add(p.key().value());
      }
    }
    out.values().forEach(values -> values.sort(null));
    return out;
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
