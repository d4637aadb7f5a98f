package io.nexusgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.bench.compare.PartitionDiff;
import io.nexusgraph.bench.compare.SqlSettings;
import io.nexusgraph.bench.incremental.IdStability;
import io.nexusgraph.bench.pipeline.Meters;
import io.nexusgraph.bench.pipeline.StageTiming;
import io.nexusgraph.bench.quality.Figures;
import io.nexusgraph.bench.report.ApproachRow;
import io.nexusgraph.bench.report.BenchReport;
import io.nexusgraph.bench.report.JsonReport;
import io.nexusgraph.bench.report.Target;
import io.nexusgraph.bench.servers.Neo4jProcess;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.testkit.NexusServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole benchmark once at a tiny scale against the real servers: checks what the run must get
 * right whatever the speed (the approaches agree on the same evidence, untouched ids stay, the
 * incremental graph equals a rebuild, the report is written). No timing is asserted.
 */
@ExtendWith(NexusServers.class)
class BenchSmokeIT {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void aTinyRunAgreesAcrossApproachesAndWritesItsReport(Driver driver, DataSource dataSource)
      throws IOException {
    Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
    Path out = target.resolve("bench-smoke");
    BenchOptions options =
        new BenchOptions(
            new Scale("tiny", 600),
            7L,
            out,
            target.resolve("bench-smoke-data"),
            "1g",
            "128m",
            1.0,
            SqlSettings.defaults(),
            false);

    BenchReport report =
        new BenchRun(options, driver, dataSource, Meters.of(Neo4jProcess.amongDescendants()), CLOCK)
            .run();
    String markdown = JsonReport.write(report, out);

    assertThat(report.pipeline())
        .extracting(StageTiming::name)
        .containsExactly("parse+normalise", "load", "resolve persons", "resolve groups");
    assertThat(report.pipeline().getFirst().rows()).isEqualTo(report.data().get("records"));
    assertThat(report.pipeline()).allSatisfy(s -> assertThat(s.neo4jPeakRssMb()).isPositive());
    assertThat(report.data().get("same_ids_when_resolved_again")).isEqualTo(true);

    // every identifier in the graph is in the ground truth
    assertThat(report.quality())
        .filteredOn(f -> f.name().startsWith("ours"))
        .extracting(Figures::unknown)
        .containsOnly(0);

    // union-find and SQL to convergence find exactly our components (guardrails off)
    ApproachRow unionFind = row(report, "union-find in Java");
    ApproachRow converged = row(report, "SQL, to convergence");
    for (ApproachRow row : new ApproachRow[] {unionFind, converged}) {
      assertThat(row.vsOurs().values()).extracting(PartitionDiff::equal).containsOnly(true);
    }
    // a hop-bounded run can only split, never merge
    assertThat(row(report, "SQL, 5 hops").vsOurs().values())
        .extracting(PartitionDiff::mergedEntities)
        .containsOnly(0);

    // the incremental case: untouched entities keep their ids, and it equals a rebuild
    assertThat(report.incremental().plan().merges()).isPositive();
    assertThat(report.incremental().incremental().get(1).detail().get("events"))
        .as("every new event was loaded")
        .isEqualTo((long) report.incremental().plan().events());
    assertThat(report.incremental().stability().values())
        .extracting(IdStability.Figures::untouchedChanged)
        .containsOnly(0L);
    assertThat(report.incremental().stability().get(EntityKind.PERSON).untouchedIdentifiers())
        .isPositive();
    assertThat(report.incremental().incrementalVsRebuild().values())
        .extracting(PartitionDiff::equal)
        .containsOnly(true);

    assertThat(report.targets())
        .filteredOn(t -> t.target().startsWith("lookup p99"))
        .extracting(Target::met)
        .containsExactly((Boolean) null);
    assertThat(report.notMeasured()).hasSize(2);

    JsonNode json = JsonMapper.builder().build().readTree(out.resolve("tiny.json").toFile());
    assertThat(json.get("approaches").size()).isEqualTo(4);
    assertThat(json.get("pipeline").size()).isEqualTo(4);
    assertThat(Files.readString(out.resolve("tiny.md"))).isEqualTo(markdown);
    assertThat(markdown).contains("### Side by side", "### Incremental", "### Targets");
  }

  private static ApproachRow row(BenchReport report, String prefix) {
    return report.approaches().stream()
        .filter(a -> a.approach().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }
}
