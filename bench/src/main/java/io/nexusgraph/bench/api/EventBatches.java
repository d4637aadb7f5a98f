package io.nexusgraph.bench.api;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated events in the event-log contract (docs/api.md) as bodies of {@code POST /v1/events}.
 * Event {@code i} of a series is a page view by an anonymous visitor (four events per visitor) who
 * also gives the email of a person of the sample: identity evidence, like real web traffic. Every
 * {@code rejectEvery}-th event lacks {@code occurred_at}, so the service must reject exactly those.
 * Record ids carry the series name, so series never share an event id.
 */
final class EventBatches {

  static final String SOURCE = "bench-api";
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String series;
  private final List<String> emails;
  private final int rejectEvery;

  EventBatches(String series, List<String> emails, int rejectEvery) {
    this.series = series;
    this.emails = List.copyOf(emails);
    this.rejectEvery = rejectEvery;
  }

  /** {@code {"events": [...]}} with events {@code first} .. {@code first + size - 1}. */
  String batch(long first, int size) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode events = body.putArray("events");
    for (long i = first; i < first + size; i++) {
      events.add(event(i));
    }
    return JSON.writeValueAsString(body);
  }

  /** How many events of {@code first} .. {@code first + size - 1} lack {@code occurred_at}. */
  long rejectsIn(long first, int size) {
    if (rejectEvery == 0) {
      return 0;
    }
    return planted(first + size) - planted(first);
  }

  /** Planted rejects among events 0 .. end - 1: those with {@code i % rejectEvery == n - 1}. */
  private long planted(long end) {
    return end / rejectEvery;
  }

  private boolean rejected(long i) {
    return rejectEvery > 0 && i % rejectEvery == rejectEvery - 1;
  }

  private ObjectNode event(long i) {
    ObjectNode e = JSON.createObjectNode();
    e.put("source", SOURCE);
    e.put("source_record_id", series + "-" + i);
    if (!rejected(i)) {
      e.put("occurred_at", BASE.plusSeconds(i).toString());
    }
    e.put("event_name", "Page Viewed");
    e.put("event_type", "page");
    ArrayNode identifiers = e.putArray("identifiers");
    identifiers.add(visitor("anonymous_id", "anon-" + series + "-" + i / 4));
    identifiers.add(visitor("email", emails.get((int) (i % emails.size()))));
    ArrayNode traits = e.putArray("traits");
    ObjectNode trait = traits.addObject();
    trait.put("kind", "person");
    trait.put("edge", "visitor");
    trait.put("name", "last_page");
    trait.put("value", "/pricing");
    return e;
  }

  private static ObjectNode visitor(String type, String value) {
    ObjectNode i = JSON.createObjectNode();
    i.put("kind", "person");
    i.put("edge", "visitor");
    i.put("type", type);
    i.put("value", value);
    return i;
  }
}
