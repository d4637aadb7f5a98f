package io.nexusgraph.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a run's report as {@code <scale>.json} and {@code <scale>.md} into the output folder. */
public final class JsonReport {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonReport() {}

  /** Writes both files; returns the markdown. */
  public static String write(BenchReport report, Path out) {
    String name = String.valueOf(report.settings().get("scale"));
    String markdown = MarkdownReport.render(report);
    try {
      Files.createDirectories(out);
      Files.writeString(
          out.resolve(name + ".json"), JSON.writeValueAsString(report), StandardCharsets.UTF_8);
      Files.writeString(out.resolve(name + ".md"), markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark report to " + out, e);
    }
    return markdown;
  }
}
