package io.nexusgraph.ingest.quarantine;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.testing.AdapterRun;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One bad row or field per reason code, each with its exact location and reason. */
class RejectCorpusTest {

  @Test
  void everyBadRowOrFieldIsQuarantinedWithLocationAndReason() {
    AdapterRun run =
        AdapterRun.of(
            "segment",
            Map.of("paths", AdapterRun.fixture("rejects-segment.jsonl")),
            Checkpoint.EMPTY);

    assertThat(run.rejectLines())
        .containsExactly(
            "rejects-segment.jsonl:1 malformed_json record Unexpected end-of-input within/between"
                + " Object entries",
            "rejects-segment.jsonl:2 malformed_json record not a JSON object",
            "rejects-segment.jsonl:3 missing_required_field record missing timestamp",
            "rejects-segment.jsonl:4 unparseable_timestamp record unrecognised timestamp",
            "rejects-segment.jsonl:5 timestamp_out_of_range record before 1990-01-01T00:00:00Z",
            "rejects-segment.jsonl:6 oversized_value user.user_id longer than 1024 bytes",
            "rejects-segment.jsonl:7 control_characters user.user_id control character U+0007",
            "rejects-segment.jsonl:8 blocked_value user.email blocked value",
            "rejects-segment.jsonl:8 blocked_value user.phone blocked value",
            "rejects-segment.jsonl:9 invalid_email user.email not an email address",
            "rejects-segment.jsonl:9 invalid_phone user.phone not a valid phone number",
            "rejects-segment.jsonl:10 invalid_domain account.domain not under a public suffix",
            "rejects-segment.jsonl:11 invalid_value record not a number: lots",
            "rejects-segment.jsonl:12 unsupported_record record unsupported call type merge");

    // read = accepted + rejected: rows 6-10 are accepted with their bad fields set aside
    assertThat(run.result.counts()).isEqualTo(new SourceCounts(12, 5, 7, 7));
    assertThat(run.result.counts().reconciles()).isTrue();
  }

  @Test
  void excerptsAreTruncatedAndIdsAreStable() {
    AdapterRun run =
        AdapterRun.of(
            "segment",
            Map.of("paths", AdapterRun.fixture("rejects-segment.jsonl")),
            Checkpoint.EMPTY);
    Reject oversized = run.rejects.get(5);
    assertThat(oversized.rawExcerpt()).hasSize(Reject.MAX_EXCERPT).isEqualTo("u".repeat(512));
    assertThat(run.rejects.get(1).rawExcerpt()).isEqualTo("[1,2,3]");
    assertThat(oversized.rejectedAt()).isEqualTo(AdapterRun.CLOCK.instant());
    AdapterRun again =
        AdapterRun.of(
            "segment",
            Map.of("paths", AdapterRun.fixture("rejects-segment.jsonl")),
            Checkpoint.EMPTY);
    assertThat(again.rejects).isEqualTo(run.rejects);
    assertThat(run.rejects.stream().map(Reject::id).collect(Collectors.toSet())).hasSize(14);
  }

  @Test
  void theCorpusCoversEveryReasonCode() {
    Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
    for (String[] source :
        new String[][] {
          {"segment", "paths", "rejects-segment.jsonl"}, {"mapping", "mapping", "crm-contacts.yaml"}
        }) {
      AdapterRun run =
          AdapterRun.of(
              source[0], Map.of(source[1], AdapterRun.fixture(source[2])), Checkpoint.EMPTY);
      run.rejects.forEach(r -> seen.add(r.reason()));
    }
    assertThat(seen).containsExactlyInAnyOrder(ReasonCode.values());
  }
}
