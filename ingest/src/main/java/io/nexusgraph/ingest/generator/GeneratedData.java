package io.nexusgraph.ingest.generator;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the generator wrote.
 *
 * @param recordsPerSource records (events) written per source type, e.g. {@code segment}
 * @param groundTruth the CSV with columns {@code entity_kind, identifier_type, identifier_value,
 *     entity_key, trap}
 */
public record GeneratedData(Path directory, Map<String, Long> recordsPerSource, Path groundTruth) {
  public GeneratedData {
    recordsPerSource = Map.copyOf(recordsPerSource);
  }

  public long totalRecords() {
    return recordsPerSource.values().stream().mapToLong(Long::longValue).sum();
  }
}
