package io.nexusgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.nexusgraph.bench.api.ApiLoadSettings;
import io.nexusgraph.bench.api.IngestResult;
import io.nexusgraph.bench.api.LookupResult;
import io.nexusgraph.bench.compare.PartitionDiff;
import io.nexusgraph.bench.compare.SqlSettings;
import io.nexusgraph.bench.incremental.IdStability;
import io.nexusgraph.bench.incremental.IncrementalRun;
import io.nexusgraph.bench.pipeline.Meters;
import io.nexusgraph.bench.pipeline.StageTiming;
import io.nexusgraph.bench.product.ProductResult;
import io.nexusgraph.bench.product.ProductStage;
import io.nexusgraph.bench.product.ProductStageTiming;
import io.nexusgraph.bench.product.ServiceEnvironment;
import io.nexusgraph.bench.product.ServiceJar;
import io.nexusgraph.bench.quality.Figures;
import io.nexusgraph.bench.report.ApproachRow;
import io.nexusgraph.bench.report.BenchReport;
import io.nexusgraph.bench.report.JsonReport;
import io.nexusgraph.bench.report.Target;
import io.nexusgraph.bench.servers.Neo4jProcess;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.generator.Scale;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole benchmark once at a tiny scale against the real servers: checks what the run must get
 * right whatever the speed (the approaches agree on the same evidence, untouched ids stay, the
 * incremental graph equals a rebuild, the product's own run and API answer and reconcile, the
 * report is written). No timing is asserted.
 *
 * <p>The product stage runs the packaged service jar ({@code run}, {@code apikey create}, {@code
 * serve}) against the harness's servers as external ones (a database of its own in PostgreSQL; the
 * benchmark wipes Neo4j after it), so no embedded server starts three more times.
 */
@ExtendWith(NexusServers.class)
class BenchSmokeIT {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String PRODUCT_DATABASE = "bench_product";

  /**
   * 10 warm-up lookups, then 20 lookups/s for 2 s after 1 s; two batches of 50 events, one in 10 to
   * be rejected.
   */
  private static final ApiLoadSettings API =
      new ApiLoadSettings(
          List.of(20),
          10,
          Duration.ZERO,
          Duration.ofSeconds(1),
          Duration.ofSeconds(2),
          16,
          Duration.ofSeconds(30),
          List.of(50),
          100,
          10,
          7L);

  @Test
  void aTinyRunAgreesAcrossApproachesAndWritesItsReport(
      Driver driver, DataSource dataSource, Neo4jConnection neo4j, PostgresConnection postgres)
      throws IOException, SQLException {
    Path basedir = Path.of(System.getProperty("basedir", "."));
    Path target = basedir.resolve("target");
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

    Path productDir = target.resolve("bench-smoke-product");
    Map<String, String> external = externalServers(neo4j, postgres, productDatabase(dataSource));
    ProductStage product =
        new ProductStage(
            ServiceJar.locate(
                basedir.resolve("../api/target/nexus-api.jar"),
                basedir.resolve("..").resolve(ServiceJar.JAVA_OPTIONS),
                basedir.resolve("..").resolve(ServiceJar.SERVE_OPTIONS)),
            () ->
                ServiceEnvironment.embedded(productDir.resolve("data"), "1g", "128m")
                    .with(external),
            productDir,
            API,
            options::incrementEvents);

    BenchReport report =
        new BenchRun(
                options,
                driver,
                dataSource,
                Meters.of(Neo4jProcess.amongDescendants()),
                CLOCK,
                Optional.of(product),
                Optional.empty())
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
    assertThat(schemas(dataSource))
        .as("the SQL approach dropped its scratch tables")
        .doesNotContain("bench");
    // a hop-bounded run can only split, never merge
    assertThat(row(report, "SQL, 5 hops").vsOurs().values())
        .extracting(PartitionDiff::mergedEntities)
        .containsOnly(0);

    // the incremental case: untouched entities keep their ids, and two increments equal a rebuild
    assertThat(report.incremental().plan().merges()).isPositive();
    assertThat(report.incremental().incremental().get(1).detail().get("events"))
        .as("every new event was loaded")
        .isEqualTo((long) report.incremental().plan().events());
    assertThat(report.incremental().next().get(1).detail().get("events"))
        .as("every event of the next increment was loaded")
        .isEqualTo((long) report.incremental().nextPlan().events());
    assertThat(report.incremental().next().get(2).detail().get("incremental"))
        .as("the next increment resolved persons incrementally")
        .isEqualTo(true);
    assertThat(report.incremental().later())
        .as("the later nights, each loaded whole and resolved incrementally")
        .extracting(
            IncrementalRun.Night::night,
            n -> n.timings().get(1).detail().get("events"),
            n -> n.timings().get(2).detail().get("incremental"))
        .containsExactly(
            IntStream.rangeClosed(3, 2 + IncrementalRun.LATER_NIGHTS)
                .mapToObj(night -> tuple(night, (long) report.incremental().plan().events(), true))
                .toArray(Tuple[]::new));
    assertThat(report.incremental().settledMillis())
        .isEqualTo(IncrementalRun.settled(report.incremental().later()));
    assertThat(report.incremental().stability().values())
        .extracting(IdStability.Figures::untouchedChanged)
        .containsOnly(0L);
    assertThat(report.incremental().stability().get(EntityKind.PERSON).untouchedIdentifiers())
        .isPositive();
    assertThat(report.incremental().incrementalVsRebuild().values())
        .extracting(PartitionDiff::equal)
        .containsOnly(true);

    assertProduct(report);
    assertThat(report.targets())
        .filteredOn(t -> t.target().startsWith("lookup p99"))
        .extracting(Target::met, Target::note)
        .containsExactly(tuple(null, "500 is not among --api-rates"));
    assertThat(report.notMeasured()).isEmpty();

    JsonNode json = JsonMapper.builder().build().readTree(out.resolve("tiny.json").toFile());
    assertThat(json.get("approaches").size()).isEqualTo(4);
    assertThat(json.get("pipeline").size()).isEqualTo(4);
    assertThat(json.get("product").get("stages").size()).isEqualTo(4);
    assertThat(Files.readString(out.resolve("tiny.md"))).isEqualTo(markdown);
    assertThat(markdown)
        .contains(
            "### Side by side",
            "### Incremental",
            "### The product",
            "| project |",
            "#### Person lookups",
            "#### Event ingest",
            "### Targets")
        .doesNotContain("### Not measured");
  }

  /** The product's run read every record and projected; lookups and events all answered. */
  private static void assertProduct(BenchReport report) {
    ProductResult product = report.product();
    long records = (long) report.data().get("records");
    assertThat(product.stages())
        .extracting(ProductStageTiming::name)
        .containsExactly("ingest", "load", "resolve", "project");
    assertThat(product.stages().get(0).rows()).isEqualTo(records);
    assertThat(product.stages().get(1).rows()).as("every event loaded").isEqualTo(records);
    assertThat(product.stages().get(3).rows()).as("final-table rows written").isPositive();
    assertThat(product.runPeaks().serviceMb()).isPositive();
    assertThat(product.runPeaks().neo4jMb()).as("external Neo4j: no JVM of its own").isEqualTo(-1);
    assertThat(product.servePeaks().serviceMb()).isPositive();

    ProductResult.Nightly nightly = product.nightly();
    assertThat(nightly.runId()).isNotEqualTo(product.runId());
    int newEvents = report.incremental().plan().events(); // the same share of the data
    assertThat(nightly.events()).isEqualTo(newEvents);
    assertThat(nightly.stages())
        .extracting(ProductStageTiming::name)
        .containsExactly("ingest", "load", "resolve", "project");
    assertThat(nightly.stages().get(0).rows()).as("only the night's records").isEqualTo(newEvents);
    assertThat(nightly.stages().get(1).rows()).as("only the night's events").isEqualTo(newEvents);
    assertThat(nightly.stages().get(3).rows()).as("final-table rows written").isPositive();

    assertThat(product.servedNights()).hasSize(5);
    assertThat(product.servedNights())
        .extracting(ProductResult.ServedNight::runId)
        .doesNotHaveDuplicates()
        .doesNotContain(product.runId(), nightly.runId());
    for (ProductResult.ServedNight served : product.servedNights()) {
      assertThat(served.events()).isEqualTo(newEvents);
      assertThat(served.stages().get(0).rows()).as("only the night's records").isEqualTo(newEvents);
      assertThat(served.stages().get(1).rows()).as("only the night's events").isEqualTo(newEvents);
      assertThat(served.stages().get(3).rows()).as("final-table rows written").isPositive();
      assertThat(served.runMillis()).isPositive();
    }

    LookupResult lookups = product.api().lookups().getFirst();
    assertThat(product.api().lookups()).hasSize(1);
    assertThat(lookups.sent()).isEqualTo(40);
    assertThat(lookups.errors()).isZero();
    assertThat(lookups.found() + lookups.notFound()).isEqualTo(40);
    assertThat(lookups.found()).isPositive();
    assertThat(lookups.latency().count()).isEqualTo(40);

    assertThat(product.api().ingest()).extracting(IngestResult::inFlight).containsExactly(1, 2);
    for (IngestResult events : product.api().ingest()) {
      assertThat(events.batches()).isEqualTo(2);
      assertThat(events.events()).isEqualTo(100);
      assertThat(events.expectedRejected()).isEqualTo(100 / 10);
      assertThat(events.rejected()).isEqualTo(100 / 10);
      assertThat(events.accepted()).isEqualTo(100 - 100 / 10);
      assertThat(events.httpErrors()).isZero();
      assertThat(events.reconciles()).isTrue();
    }
  }

  private static List<String> schemas(DataSource dataSource) throws SQLException {
    List<String> schemas = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT schema_name FROM information_schema.schemata")) {
      while (r.next()) {
        schemas.add(r.getString(1));
      }
    }
    return schemas;
  }

  /** A fresh database of the harness's PostgreSQL for the product's tables; its JDBC URL. */
  private static String productDatabase(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + PRODUCT_DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + PRODUCT_DATABASE);
    }
    return PRODUCT_DATABASE;
  }

  private static Map<String, String> externalServers(
      Neo4jConnection neo4j, PostgresConnection postgres, String database) {
    String url = postgres.jdbcUrl();
    return Map.of(
        "NEXUS_NEO4J_URI", neo4j.uri(),
        "NEXUS_NEO4J_USER", neo4j.user(),
        "NEXUS_NEO4J_PASSWORD", neo4j.password(),
        "NEXUS_JDBC_URL", url.substring(0, url.lastIndexOf('/') + 1) + database,
        "NEXUS_JDBC_USER", postgres.user(),
        "NEXUS_JDBC_PASSWORD", postgres.password());
  }

  private static ApproachRow row(BenchReport report, String prefix) {
    return report.approaches().stream()
        .filter(a -> a.approach().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }
}
