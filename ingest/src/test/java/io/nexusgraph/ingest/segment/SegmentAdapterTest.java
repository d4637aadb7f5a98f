package io.nexusgraph.ingest.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.ingest.ConfigException;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.SourceAdapters;
import io.nexusgraph.ingest.testing.AdapterRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentAdapterTest {

  @Test
  void callsBecomeEventsWithOneEdgePerCaller() {
    // given five Segment calls in the real API shape
    // when
    AdapterRun run =
        AdapterRun.of(
            "segment", Map.of("paths", AdapterRun.fixture("segment.jsonl")), Checkpoint.EMPTY);

    // then anonymous id, user id and email of one call share edge e1
    assertThat(run.lines())
        .containsExactly(
            "event identify type=identify at=2024-03-01T10:00:00Z record=msg-1",
            "  person anonymous_id=anon-7f3a role=user e1",
            "  person user_id=u-1001 role=user e1",
            "  person email=alice.smith@acme-corp.com role=user e1",
            "  person phone=+14155552671 role=user e1",
            "  person-trait name=Alice Smith e1",
            "  person-trait firstName=Alice e1",
            "  person-trait lastName=Smith e1",
            "  person-trait title=VP Sales e1",
            "  person-trait company=Acme Corp e1",
            "event Order Completed type=track at=2024-03-01T10:05:00Z record=msg-2 value=129.5 USD",
            "  person anonymous_id=anon-7f3a role=user e1",
            "  person user_id=u-1001 role=user e1",
            "event page type=page at=2024-03-01T08:58:00Z record=msg-3 desc=Pricing - Acme",
            "  person anonymous_id=anon-9c1d role=user e1",
            "  person email=bob@gmail.com role=user e1",
            "event group type=group at=2024-03-01T10:10:00Z record=msg-4",
            "  person user_id=u-1001 role=user e1",
            "  group segment_group_id=grp-acme role=account e2",
            "  group domain=acme-corp.com role=account e2",
            "  group-trait name=Acme Corp e2",
            "  group-trait industry=Manufacturing e2",
            "  group-trait company_size=250 e2",
            "  member user_id=u-1001 -> segment_group_id=grp-acme role=member",
            "event identify type=identify at=2024-03-02T08:00:00Z record=msg-5 consent=denied",
            "  person anonymous_id=anon-kiosk role=user e1 unlinkable",
            "  person user_id=u-2002 role=user e1 unlinkable",
            "  person email=carol@initech.io role=user e1 unlinkable");
    assertThat(run.rejects).isEmpty();
    assertThat(run.result.counts()).isEqualTo(new SourceCounts(5, 5, 0, 0));
  }

  @Test
  void aliasCallsPutThePreviousIdAndTheUserIdOnOneEdge() {
    AdapterRun run =
        AdapterRun.of(
            "segment",
            Map.of("paths", AdapterRun.fixture("segment-alias.jsonl")),
            Checkpoint.EMPTY);

    assertThat(run.lines())
        .containsExactly(
            // previousId is the call's anonymousId
            "event alias type=alias at=2024-03-01T10:01:00Z record=al-1",
            "  person anonymous_id=anon-7f3a role=user e1",
            "  person user_id=u-1001 role=user e1",
            // previousId differs from the anonymousId: the user id the visitor had before
            "event alias type=alias at=2024-05-01T09:00:00Z record=al-2",
            "  person anonymous_id=anon-7f3a role=user e1",
            "  person user_id=u-1001-v2 role=user e1",
            "  person user_id=u-1001 role=user e1",
            // server-side call without an anonymousId: alias_previous_id_type (anonymous_id)
            "event alias type=alias at=2024-05-02T09:00:00Z record=al-3",
            "  person user_id=u-3003 role=user e1",
            "  person anonymous_id=anon-9c1d role=user e1");
    assertThat(run.rejectLines())
        .containsExactly("segment-alias.jsonl:4 missing_required_field record missing previousId");
    assertThat(run.result.counts()).isEqualTo(new SourceCounts(4, 3, 1, 0));
  }

  @Test
  void aliasPreviousIdTypeDecidesForCallsWithoutAnAnonymousId() {
    AdapterRun run =
        AdapterRun.of(
            "segment",
            Map.of(
                "paths",
                AdapterRun.fixture("segment-alias.jsonl"),
                "alias_previous_id_type",
                "user_id"),
            Checkpoint.EMPTY);

    assertThat(run.batches.get(2).identifiers())
        .extracting(i -> i.identifierType() + "=" + i.identifierValue())
        .containsExactly("user_id=u-3003", "user_id=anon-9c1d");
    assertThat(run.batches.get(2).identifiers())
        .extracting(i -> i.edgeId())
        .containsOnly(run.batches.get(2).identifiers().getFirst().edgeId());
    assertThatThrownBy(
            () ->
                SourceAdapters.byType("segment")
                    .create(Map.of("paths", "x.jsonl", "alias_previous_id_type", "email")))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "source 'segment': 'alias_previous_id_type'='email' is invalid: expected"
                + " anonymous_id or user_id");
  }

  @Test
  void rereadingGivesIdenticalIdsAndCheckpointSkipsWhatWasRead() {
    String path = AdapterRun.fixture("segment.jsonl");
    AdapterRun first = AdapterRun.of("segment", Map.of("paths", path), Checkpoint.EMPTY);
    AdapterRun again = AdapterRun.of("segment", Map.of("paths", path), Checkpoint.EMPTY);
    assertThat(again.batches).isEqualTo(first.batches);
    assertThat(first.batches.getFirst().event().eventId()).startsWith("evt_").hasSize(36);

    AdapterRun next = AdapterRun.of("segment", Map.of("paths", path), first.result.checkpoint());
    assertThat(next.batches).isEmpty();
    assertThat(next.result.counts()).isEqualTo(new SourceCounts(0, 0, 0, 0));
    assertThat(first.result.checkpoint().mark(path).lines()).isEqualTo(5);
  }
}
