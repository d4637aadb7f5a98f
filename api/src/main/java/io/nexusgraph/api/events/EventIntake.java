package io.nexusgraph.api.events;

import io.nexusgraph.api.eventlog.EventLogSequence;
import io.nexusgraph.api.eventlog.EventLogStoreException;
import io.nexusgraph.api.eventlog.EventLogWriter;
import io.nexusgraph.api.eventlog.RejectWriter;
import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.RecordWriter;
import io.nexusgraph.ingest.source.SourcePosition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/events}: validates and normalises posted events exactly like file input, stores
 * the good ones in the event log (resolved by the next run) and the bad ones in {@code
 * ingest_rejects}, in one transaction, and says per item what happened. Event ids are hashes of
 * source, source_record_id and the item's JSON, so posting the same item again stores nothing new.
 */
@Singleton
public final class EventIntake {

  public static final int MAX_BATCH = 10_000;
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Postgres postgres;
  private final Clock clock;
  private final NormalizationConfig normalization = NormalizationConfig.defaults();

  EventIntake(Postgres postgres, Clock clock) {
    this.postgres = postgres;
    this.clock = clock;
  }

  /** Takes a single event object, an array of events, or {@code {"events": [...]}}. */
  public IntakeResult accept(String body) {
    List<JsonNode> items = items(body);
    String request = "api:" + UUID.randomUUID();
    List<ItemResult> results = new ArrayList<>(items.size());
    try (Connection c = postgres.connect()) {
      c.setAutoCommit(false);
      try (EventLogWriter events = new EventLogWriter(c, clock.instant(), null);
          RejectWriter rejects = new RejectWriter(c, null)) {
        EventLogSequence.lockForWrite(c);
        Map<String, IngestContext> contexts = new HashMap<>();
        Outcome outcome = new Outcome();
        for (int i = 0; i < items.size(); i++) {
          JsonNode item = items.get(i);
          String source =
              item.isObject() && item.hasNonNull("source") ? item.get("source").asString() : "";
          IngestContext ctx =
              contexts.computeIfAbsent(
                  source,
                  s ->
                      new IngestContext(
                          s.isEmpty() ? "api" : s,
                          normalization,
                          clock,
                          batch -> outcome.current.accepted(batch),
                          reject -> outcome.current.rejected(reject)));
          ItemResult.Builder builder = new ItemResult.Builder(i);
          outcome.current = builder;
          RecordWriter w =
              ctx.begin(SourcePosition.record(request, "events[" + i + "]"), item.toString());
          if (source.isEmpty()) {
            w.fail(ReasonCode.MISSING_REQUIRED_FIELD, "source", "missing source");
          }
          EventJson.write(item, w);
          w.commit();
          ItemResult result = builder.build();
          results.add(result);
          builder.batch().ifPresent(events::accept);
          builder.rejects().forEach(rejects::reject);
        }
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

  /** Routes the context's callbacks to the item being written. */
  private static final class Outcome {
    ItemResult.Builder current;
  }
}
