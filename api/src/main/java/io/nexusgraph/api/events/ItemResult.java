package io.nexusgraph.api.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.quarantine.Reject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What happened to one posted event: {@code accepted} with its event id (and any fields set aside,
 * e.g. an invalid phone), or {@code rejected} with the reason code and detail.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
public record ItemResult(
    int index,
    String status,
    @Nullable String eventId,
    @Nullable String reason,
    @Nullable String detail,
    List<FieldIssue> fieldsRejected) {

  /** A field that was set aside while its event was kept. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  public record FieldIssue(String field, String reason, String detail) {}

  /** Collects the context's callbacks for one item. */
  static final class Builder {
    private final int index;
    private EventLogBatch batch;
    private final List<Reject> rejects = new ArrayList<>();

    Builder(int index) {
      this.index = index;
    }

    void accepted(EventLogBatch b) {
      batch = b;
    }

    void rejected(Reject r) {
      rejects.add(r);
    }

    Optional<EventLogBatch> batch() {
      return Optional.ofNullable(batch);
    }

    List<Reject> rejects() {
      return rejects;
    }

    ItemResult build() {
      if (batch != null) {
        List<FieldIssue> fields = new ArrayList<>();
        for (Reject r : rejects) {
          fields.add(new FieldIssue(r.field(), r.reason().code(), r.detail()));
        }
        return new ItemResult(index, "accepted", batch.event().eventId(), null, null, fields);
      }
      Reject whole = rejects.isEmpty() ? null : rejects.getFirst();
      return new ItemResult(
          index,
          "rejected",
          null,
          whole == null ? "invalid_value" : whole.reason().code(),
          whole == null ? "rejected" : whole.detail(),
          List.of());
    }
  }
}
