package io.nexusgraph.ingest.source;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Settings shared by the file-based adapters. */
public final class CommonFields {
  private CommonFields() {}

  /** Comma-separated files or directories; directories are read in name order. */
  public static final ConfigField<List<Path>> PATHS =
      new ConfigField<>(
          "paths",
          null,
          "comma-separated files or directories to read (.json, .jsonl, .ndjson)",
          s -> Arrays.stream(s.split(",")).map(String::strip).map(Path::of).toList(),
          list -> !list.isEmpty(),
          "one or more paths");
}
