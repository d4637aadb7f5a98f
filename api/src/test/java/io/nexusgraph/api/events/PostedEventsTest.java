package io.nexusgraph.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.api.rules.NormalizationRules;
import io.nexusgraph.ingest.eventlog.EventLogBatch;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.quarantine.Reject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PostedEventsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String LONDON =
      """
      {"source": "crm", "source_record_id": "c-1", "occurred_at": "2026-02-01T00:00:00Z",
       "event_name": "Contact Created",
       "identifiers": [{"edge": "contact", "type": "phone", "value": "020 7946 0018"}]}
      """;

  private final List<EventLogBatch> stored = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();

  @Test
  void theConfiguredNormalisationFileDecidesHowPostedIdentifiersAreNormalised(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("normalization.yml");
    Files.writeString(file, "default_region: GB\n");

    List<ItemResult> british = write(NormalizationRules.load(file.toString()), LONDON);

    assertThat(british.getFirst().status()).isEqualTo("accepted");
    assertThat(british.getFirst().fieldsRejected()).isEmpty();
    assertThat(stored.getFirst().identifiers())
        .extracting(IdentifierObservation::identifierValue)
        .containsExactly("+442079460018");
    assertThat(rejects).isEmpty();
  }

  @Test
  void withoutAFileTheShippedDefaultsApply() {
    List<ItemResult> american = write(NormalizationRules.load(" "), LONDON);

    assertThat(american.getFirst().status()).isEqualTo("accepted");
    assertThat(american.getFirst().fieldsRejected())
        .containsExactly(
            new ItemResult.FieldIssue(
                "contact.phone", "invalid_phone", "not a valid phone number"));
    assertThat(stored.getFirst().identifiers()).isEmpty();
    assertThat(rejects).extracting(Reject::field).containsExactly("contact.phone");
  }

  @Test
  void theSameItemTwiceInABatchGetsOneEventId() {
    List<ItemResult> results = write(NormalizationConfig.defaults(), LONDON, LONDON);

    assertThat(results).extracting(ItemResult::status).containsExactly("accepted", "accepted");
    assertThat(results.get(0).eventId()).startsWith("evt_").isEqualTo(results.get(1).eventId());
    assertThat(stored).hasSize(2);
  }

  @Test
  void everyItemIsAnsweredAndEveryRejectHandedOn() {
    List<ItemResult> results =
        write(
            NormalizationConfig.defaults(),
            "[1, 2]",
            """
            {"source_record_id": "c-2", "occurred_at": "2026-02-01T00:00:00Z",
             "event_name": "Contact Created"}
            """,
            """
            {"source": "crm", "source_record_id": "c-3", "event_name": "Contact Created"}
            """,
            """
            {"source": "crm", "source_record_id": "c-4", "occurred_at": "2026-02-01T00:00:00Z",
             "event_name": "Contact Created",
             "identifiers": [{"edge": "contact", "type": "email", "value": "not-an-email"},
                             {"edge": "contact", "type": "email", "value": "ann@acme.com"}]}
            """);

    assertThat(results).extracting(ItemResult::index).containsExactly(0, 1, 2, 3);
    assertThat(results)
        .extracting(ItemResult::status)
        .containsExactly("rejected", "rejected", "rejected", "accepted");
    assertThat(results)
        .extracting(ItemResult::reason)
        .containsExactly(
            "missing_required_field", "missing_required_field", "missing_required_field", null);
    assertThat(results.get(0).detail()).isEqualTo("missing source");
    assertThat(results.get(1).detail()).isEqualTo("missing source");
    assertThat(results.get(2).detail()).isEqualTo("missing occurred_at");
    assertThat(results.get(3).fieldsRejected()).hasSize(1);
    assertThat(stored).hasSize(1);
    assertThat(rejects)
        .extracting(Reject::location)
        .containsExactly(
            "api:req#events[0]", "api:req#events[1]", "api:req#events[2]", "api:req#events[3]");
    assertThat(rejects).extracting(Reject::source).containsExactly("api", "api", "crm", "crm");
  }

  private List<ItemResult> write(NormalizationConfig rules, String... items) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String item : items) {
      nodes.add(JSON.readTree(item));
    }
    return new PostedEvents(rules, CLOCK).write(nodes, "api:req", stored::add, rejects::add);
  }
}
