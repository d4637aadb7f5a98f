package io.nexusgraph.api.pipeline;

import io.nexusgraph.api.projection.ProjectionResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run did, as stored in {@code runs.stats}: per source the reconciled counts (read =
 * accepted + rejected), per stage the wall time, rows and rows/s, per entity kind the resolution
 * outcome, and whether the projection was full or scoped to the touched entities. Insertion-ordered
 * so the JSON reads in pipeline order.
 */
final class RunStats {

  private final Map<String, Object> sources = new LinkedHashMap<>();
  private final Map<String, Object> stages = new LinkedHashMap<>();
  private final Map<String, Object> resolution = new LinkedHashMap<>();
  private final Map<String, Object> projection = new LinkedHashMap<>();

  void source(String name, long read, long accepted, long rejected, long fieldsRejected) {
    sources.put(
        name,
        ordered(
            "read", read,
            "accepted", accepted,
            "rejected", rejected,
            "fields_rejected", fieldsRejected));
  }

  void stage(String name, long millis, long rows) {
    stages.put(
        name,
        ordered(
            "millis", millis,
            "rows", rows,
            "rows_per_second", millis == 0 ? rows : rows * 1000 / millis));
  }

  void resolution(String kind, Map<String, Object> values) {
    resolution.put(kind, values);
  }

  void projection(ProjectionResult result) {
    projection.put("scope", result.full() ? "full" : "touched");
    projection.put("staged", result.staged());
    projection.put("changed", result.changed());
  }

  Map<String, Object> asMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sources", sources);
    out.put("stages", stages);
    out.put("resolution", resolution);
    out.put("projection", projection);
    return Collections.unmodifiableMap(out);
  }

  static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
