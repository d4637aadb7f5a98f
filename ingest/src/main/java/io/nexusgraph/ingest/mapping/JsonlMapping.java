package io.nexusgraph.ingest.mapping;

import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.Json;
import io.nexusgraph.ingest.source.JsonRecordMapper;
import io.nexusgraph.ingest.source.RecordWriter;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** JSON records mapped by a {@link MappingSpec}; columns are dotted paths ({@code user.email}). */
final class JsonlMapping implements JsonRecordMapper {
  private final MappingSpec spec;
  private final RowMapper mapper;

  JsonlMapping(MappingSpec spec) {
    this.spec = spec;
    this.mapper = new RowMapper(spec);
  }

  @Override
  public void map(JsonNode record, RecordWriter out) {
    mapper.map(column -> Json.text(record, column.split("\\.")), out);
  }

  @Override
  public Instant updatedAt(JsonNode record, IngestContext context) {
    String column =
        spec.event().watermark() != null ? spec.event().watermark() : spec.event().occurredAt();
    String raw = Json.text(record, column.split("\\."));
    return raw == null ? null : context.timestamps().parse(raw).value();
  }
}
