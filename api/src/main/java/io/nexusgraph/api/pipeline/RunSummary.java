package io.nexusgraph.api.pipeline;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.nexusgraph.api.runs.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

/** A finished run as the CLI prints it: id, kind, status, then per source and per stage figures. */
public record RunSummary(Run run, Map<String, Object> stats) {

  static RunSummary of(Run run, ApplicationContext service) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> stats =
          service.getBean(JsonMapper.class).readValue(run.stats(), Map.class);
      return new RunSummary(run, stats);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Run ")
        .append(run.runId())
        .append(" (")
        .append(run.kind())
        .append(") ")
        .append(run.status())
        .append(" in ")
        .append(Duration.between(run.startedAt(), run.finishedAt()).toMillis())
        .append(" ms\n");
    section(out, "Sources", "read", "accepted", "rejected", "fields_rejected");
    section(out, "Stages", "millis", "rows", "rows_per_second");
    section(out, "Resolution", "identifiers", "entities", "born", "merged", "split", "excluded");
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private void section(StringBuilder out, String title, String... columns) {
    Map<String, Object> rows = (Map<String, Object>) stats.get(title.toLowerCase());
    if (rows == null || rows.isEmpty()) {
      return;
    }
    out.append('\n').append(String.format("  %-22s", title));
    for (String c : columns) {
      out.append(String.format(" %15s", c));
    }
    out.append('\n');
    for (Map.Entry<String, Object> row : rows.entrySet()) {
      Map<String, Object> values = (Map<String, Object>) row.getValue();
      out.append(String.format("  %-22s", row.getKey()));
      for (String c : columns) {
        out.append(String.format(" %15s", values.getOrDefault(c, "")));
      }
      out.append('\n');
    }
  }
}
