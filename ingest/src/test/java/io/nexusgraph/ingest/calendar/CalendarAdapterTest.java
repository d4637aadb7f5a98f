package io.nexusgraph.ingest.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.ingest.ConfigException;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.SourceAdapters;
import io.nexusgraph.ingest.testing.AdapterRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarAdapterTest {

  @Test
  void meetingsAreInternalOrExternalAndAttendeesCarryTheirResponse() {
    AdapterRun run =
        AdapterRun.of(
            "calendar",
            Map.of(
                "paths",
                AdapterRun.fixture("calendar-events.json"),
                "internal_domains",
                "acme-corp.com"),
            Checkpoint.EMPTY);

    assertThat(run.lines())
        .containsExactly(
            "event meeting.external type=meeting at=2024-02-05T15:00:00Z record=7cbh8rpc10lrc0ckih9tafss99 desc=Acme <> Globex renewal",
            "  person email=alice.smith@acme-corp.com role=organizer e1",
            "  group domain=acme-corp.com role=organizer e2",
            "  person email=alice.smith@acme-corp.com role=creator e3",
            "  group domain=acme-corp.com role=creator e2",
            "  person email=alice.smith@acme-corp.com role=attendee.accepted e4",
            "  group domain=acme-corp.com role=attendee.accepted e2",
            "  person email=bob@globex.com role=attendee.tentative e5",
            "  group domain=globex.com role=attendee.tentative e6",
            "  person-trait name=Alice Smith e1",
            "  person-trait name=Alice Smith e4",
            "  person-trait name=Bob Jones e5",
            "  member email=alice.smith@acme-corp.com -> domain=acme-corp.com role=member",
            "  member email=bob@globex.com -> domain=globex.com role=member",
            "event meeting.internal type=meeting at=2024-02-06T00:00:00Z record=internal1 desc=Pipeline review",
            "  person email=dave@acme-corp.com role=organizer e1",
            "  group domain=acme-corp.com role=organizer e2",
            "  person email=dave@acme-corp.com role=attendee.accepted e3",
            "  group domain=acme-corp.com role=attendee.accepted e2",
            "  person email=erin@eu.acme-corp.com role=attendee.declined e4",
            "  group domain=acme-corp.com role=attendee.declined e2",
            "  member email=dave@acme-corp.com -> domain=acme-corp.com role=member",
            "  member email=erin@eu.acme-corp.com -> domain=acme-corp.com role=member");
    assertThat(run.result.counts()).isEqualTo(new SourceCounts(2, 2, 0, 0));
    assertThat(run.result.checkpoint().watermark()).hasToString("2024-01-22T09:00:00Z");
  }

  @Test
  void settingsAreValidatedWithAnActionableMessage() {
    assertThatThrownBy(
            () ->
                SourceAdapters.byType("calendar")
                    .create(
                        Map.of(
                            "paths", "x.json", "internal_domains", "me@acme.com", "colour", "red")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "source 'calendar': unknown setting 'colour' (known: [paths, internal_domains]); "
                + "'internal_domains'='me@acme.com' is invalid: expected domains like acme.com, without @");
  }
}
