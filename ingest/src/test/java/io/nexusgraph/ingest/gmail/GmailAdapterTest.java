package io.nexusgraph.ingest.gmail;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.testing.AdapterRun;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GmailAdapterTest {

  @Test
  void oneEventPerMessageAndOneEdgePerAddress() {
    AdapterRun run =
        AdapterRun.of(
            "gmail", Map.of("paths", AdapterRun.fixture("gmail-messages.jsonl")), Checkpoint.EMPTY);

    // sender and recipients are different edges: being on one email is not identity
    assertThat(run.lines())
        .containsExactly(
            "event email_message type=email at=2024-01-02T03:04:05Z record=18d2f0a1b2c3d4e5 desc=Renewal quote",
            "  person email=alice.smith@acme-corp.com role=sender e1",
            "  group domain=acme-corp.com role=sender e2",
            "  person email=bob@globex.com role=recipient e3",
            "  group domain=globex.com role=recipient e4",
            "  person email=carol@gmail.com role=recipient e5",
            "  person email=support@acme-corp.com role=cc e6",
            "  group domain=acme-corp.com role=cc e2",
            "  person-trait name=Smith, Alice e1",
            "  person-trait name=Bob Jones e3",
            "  member email=alice.smith@acme-corp.com -> domain=acme-corp.com role=member",
            "  member email=bob@globex.com -> domain=globex.com role=member",
            "  member email=support@acme-corp.com -> domain=acme-corp.com role=member",
            // unparseable Date header: internalDate is used instead
            "event email_message type=email at=2024-01-03T02:46:40Z record=18d2f0a1b2c3d4e6 desc=Re: Renewal quote",
            "  person email=bob@globex.com role=sender e1",
            "  group domain=globex.com role=sender e2",
            "  person email=alice.smith@acme-corp.com role=recipient e3",
            "  group domain=acme-corp.com role=recipient e4",
            "  person-trait name=Bob Jones e1",
            "  person-trait name=Smith, Alice e3",
            "  member email=bob@globex.com -> domain=globex.com role=member",
            "  member email=alice.smith@acme-corp.com -> domain=acme-corp.com role=member");
    assertThat(run.rejectLines())
        .containsExactly("gmail-messages.jsonl:2 blocked_value bcc.email blocked value");
    assertThat(run.rejects.getFirst().rawExcerpt()).isEqualTo("noreply@globex.com");
    assertThat(run.result.counts()).isEqualTo(new SourceCounts(2, 2, 0, 1));
  }

  @Test
  void encodedWordsInNamesAndSubjectsAreDecoded() {
    AdapterRun run =
        AdapterRun.of(
            "gmail",
            Map.of("paths", AdapterRun.fixture("gmail-encoded-words.jsonl")),
            Checkpoint.EMPTY);

    assertThat(run.batches.getFirst().event().eventDescription())
        .isEqualTo("Angebot für 2025 - Verlängerung");
    assertThat(run.lines())
        .filteredOn(line -> line.contains("person-trait"))
        .containsExactly(
            "  person-trait name=Jürgen Müller e1",
            "  person-trait name=François Lévesque e3",
            "  person-trait name=Zoë Chen e5",
            // one multi-byte character split across two words, folded onto two lines
            "  person-trait name=山田太郎 e7",
            // an unknown charset: the word is kept as written
            "  person-trait name==?x-unknown?Q?Someone?= e9");
    assertThat(run.rejects).isEmpty();
  }

  @Test
  void addressListsHandleQuotesCommentsAndGroups() {
    assertThat(
            Address.parseList(
                "\"Smith, Alice\" <a@x.com>, b@y.com (Bob), Team: c@z.com, d@z.com;, <e@w.com>"))
        .containsExactly(
            new Address("Smith, Alice", "a@x.com"),
            new Address(null, "b@y.com"),
            new Address(null, "c@z.com"),
            new Address(null, "d@z.com"),
            new Address(null, "e@w.com"));
    assertThat(Address.parseList("undisclosed-recipients:;")).isEqualTo(List.of());
  }
}
