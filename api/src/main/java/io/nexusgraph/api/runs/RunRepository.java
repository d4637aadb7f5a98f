package io.nexusgraph.api.runs;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** The {@code runs} table. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RunRepository extends CrudRepository<Run, String> {

  /** The watermark of the last succeeded run, 0 before the first. */
  @Query(
      "SELECT coalesce(max(watermark::bigint), 0) FROM runs"
          + " WHERE status = 'succeeded' AND watermark IS NOT NULL")
  long lastWatermark();

  /** Newest first, at most {@code limit}, started before {@code before} (a run id) if given. */
  @Query(
      "SELECT * FROM runs WHERE (CAST(:before AS text) IS NULL OR (started_at, run_id) <"
          + " (SELECT started_at, run_id FROM runs WHERE run_id = :before))"
          + " ORDER BY started_at DESC, run_id DESC LIMIT :limit")
  List<Run> page(@io.micronaut.core.annotation.Nullable String before, int limit);

  /** Runs left 'running' by a process that died: marked failed at the next start. */
  @Query(
      "UPDATE runs SET status = 'failed', finished_at = now(),"
          + " error = 'interrupted: the process running it stopped' WHERE status = 'running'")
  long failInterrupted();
}
