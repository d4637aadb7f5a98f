package io.nexusgraph.ingest.source;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * The source-specific part of a JSON adapter: what one JSON object says. Reading, positions,
 * checkpoints and malformed-input handling are done by {@link JsonFileSource}.
 */
public interface JsonRecordMapper {
  /** Describes the record through {@code out}; does not call {@link RecordWriter#commit()}. */
  void map(JsonNode record, RecordWriter out);

  /**
   * The record's last-modified time used for watermarks (e.g. Stripe {@code created}, Shopify
   * {@code updated_at}), or null when the record has none.
   */
  default Instant updatedAt(JsonNode record, IngestContext context) {
    return null;
  }
}
