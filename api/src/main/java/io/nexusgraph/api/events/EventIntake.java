package io.nexusgraph.api.events;

import io.nexusgraph.api.eventlog.EventLogSequence;
import io.nexusgraph.api.eventlog.EventLogStoreException;
import io.nexusgraph.api.eventlog.EventLogWriter;
import io.nexusgraph.api.eventlog.RejectWriter;
import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/events}: validates and normalises posted events exactly like file input (with the
 * normalisation rules of {@code NEXUS_NORMALIZATION_FILE}, see {@link
 * io.nexusgraph.api.rules.NormalizationRules}), stores the good ones in the event log (resolved by
 * the next run) and the bad ones in {@code ingest_rejects}, in one transaction, and says per item
 * what happened. Event ids are hashes of source, source_record_id and the item's JSON, so posting
 * the same item again stores nothing new. Requests may run concurrently: see {@link EventLogWriter}
 * for why they stay correct.
 */
@Singleton
public final class EventIntake {

  public static final int MAX_BATCH = 10_000;
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Postgres postgres;
  private final Clock clock;
  private final PostedEvents posted;

  EventIntake(Postgres postgres, Clock clock, NormalizationConfig normalization) {
    this.postgres = postgres;
    this.clock = clock;
    this.posted = new PostedEvents(normalization, clock);
  }

  /** Takes a single event object, an array of events, or {@code {"events": [...]}}. */
  public IntakeResult accept(String body) {
    List<JsonNode> items = items(body);
    String request = "api:" + UUID.randomUUID();
    List<ItemResult> results;
    try (Connection c = postgres.connect()) {
      c.setAutoCommit(false);
      try (EventLogWriter events = new EventLogWriter(c, clock.instant(), null);
          RejectWriter rejects = new RejectWriter(c, null)) {
        EventLogSequence.lockForWrite(c);
        results = posted.write(items, request, events, rejects);
        events.flush();
        rejects.flush();
        c.commit();
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new EventLogStoreException("could not store posted events", e);
    }
    return IntakeResult.of(results);
  }

  private static List<JsonNode> items(String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new BadEventsException("the body is not valid JSON: " + e.getOriginalMessage());
    }
    JsonNode list =
        root != null && root.isObject() && root.has("events") ? root.get("events") : root;
    List<JsonNode> out = new ArrayList<>();
    if (list == null || list.isNull() || list.isMissingNode()) {
      throw new BadEventsException(
          "the body is empty; send an event, an array or {\"events\": [...]}");
    }
    if (list.isArray()) {
      list.forEach(out::add);
    } else {
      out.add(list);
    }
    if (out.isEmpty()) {
      throw new BadEventsException("no events in the body");
    }
    if (out.size() > MAX_BATCH) {
      throw new BadEventsException(
          "a batch holds at most " + MAX_BATCH + " events, this one " + out.size());
    }
    return out;
  }
}
