package io.nexusgraph.api.events;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** The answer to {@code POST /v1/events}: counts, then one result per posted item, in order. */
@Serdeable(naming = SnakeCaseStrategy.class)
public record IntakeResult(int accepted, int rejected, List<ItemResult> results) {

  static IntakeResult of(List<ItemResult> results) {
    int accepted = (int) results.stream().filter(r -> r.status().equals("accepted")).count();
    return new IntakeResult(accepted, results.size() - accepted, List.copyOf(results));
  }
}
