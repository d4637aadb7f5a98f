package io.nexusgraph.api.pipeline;

import java.util.Map;

/**
 * One source of a run config: its name (stored as {@code source} on every row it produces and
 * keying its checkpoint), its adapter type, and the adapter's settings as written in the file.
 */
public record SourceSpec(String name, String type, Map<String, String> settings) {
  public SourceSpec {
    settings = Map.copyOf(settings);
  }
}
