package io.nexusgraph.api.runs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;

/**
 * One row of {@code runs}: a pipeline run (ingest, load, resolve, project), its status and what it
 * did. {@code watermark} is the highest {@code events.ingest_seq} the run loaded into the graph;
 * the next incremental run starts after the last succeeded run's watermark. {@code stats} is JSON
 * (see {@link RunStats}).
 */
@MappedEntity("runs")
public record Run(
    @Id String runId,
    String kind,
    String status,
    Instant startedAt,
    @Nullable Instant finishedAt,
    @Nullable String watermark,
    @TypeDef(type = DataType.JSON) String stats,
    @Nullable String error) {

  public static final String RUNNING = "running";
  public static final String SUCCEEDED = "succeeded";
  public static final String FAILED = "failed";

  public Run finished(String status, Instant at, String watermark, String stats, String error) {
    return new Run(runId, kind, status, startedAt, at, watermark, stats, error);
  }
}
