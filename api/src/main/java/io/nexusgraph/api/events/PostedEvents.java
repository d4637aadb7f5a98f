package io.nexusgraph.api.events;

import io.nexusgraph.ingest.eventlog.EventLogSink;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.quarantine.ReasonCode;
import io.nexusgraph.ingest.quarantine.RejectSink;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.RecordWriter;
import io.nexusgraph.ingest.source.SourcePosition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The items of one {@code POST /v1/events}, validated and normalised exactly like file input: one
 * {@link IngestContext} per source, each item one record whose raw text is its JSON. Accepted
 * events go to the event sink, whole-item and field rejects to the reject sink, and each item gets
 * its {@link ItemResult}. Holds no state between requests.
 */
final class PostedEvents {

  private final NormalizationConfig normalization;
  private final Clock clock;

  PostedEvents(NormalizationConfig normalization, Clock clock) {
    this.normalization = normalization;
    this.clock = clock;
  }

  /**
   * @param request names the request in the rejects' locations ({@code <request>/events[i]})
   */
  List<ItemResult> write(
      List<JsonNode> items, String request, EventLogSink events, RejectSink rejects) {
    List<ItemResult> results = new ArrayList<>(items.size());
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
      results.add(builder.build());
      builder.batch().ifPresent(events::accept);
      builder.rejects().forEach(rejects::reject);
    }
    return results;
  }

  /** Routes the contexts' callbacks to the item being written. */
  private static final class Outcome {
    ItemResult.Builder current;
  }
}
