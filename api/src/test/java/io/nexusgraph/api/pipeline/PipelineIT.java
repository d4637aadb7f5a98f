package io.nexusgraph.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.nexusgraph.api.erasure.ErasureResult;
import io.nexusgraph.api.erasure.ErasureService;
import io.nexusgraph.api.projection.Projection;
import io.nexusgraph.api.projection.ProjectionScope;
import io.nexusgraph.api.runs.Run;
import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.api.runtime.RunningService;
import io.nexusgraph.api.runtime.Wipe;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/**
 * The whole run against the real servers: two sources (Gmail messages with one malformed line,
 * Segment calls) through ingest, load, resolve and projection, then an incremental run with nothing
 * new, a re-projection and a full rebuild, which must all leave the final tables as they were.
 */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT {

  private static final String[] FINAL_TABLES = {
    "persons",
    "groups",
    "memberships",
    "person_participants",
    "group_participants",
    "resolved_person_identifiers",
    "resolved_group_identifiers",
    "resolved_person_traits",
    "resolved_group_traits",
    "entity_id_history",
    "identifier_exclusions"
  };

  @TempDir static Path dir;
  private RunningService service;
  private DataSource dataSource;
  private Driver driver;
  private RunConfig config;
  private Run first;

  @BeforeAll
  void start(Neo4jConnection neo4j, PostgresConnection postgres) throws Exception {
    service = new RunningService(neo4j, postgres);
    dataSource = service.bean(Postgres.class).dataSource();
    driver = service.bean(Driver.class);
    Wipe.all(dataSource, driver);
    for (String file : new String[] {"gmail.jsonl", "segment.jsonl", "run.yml"}) {
      try (InputStream in = getClass().getResourceAsStream("/pipeline/" + file)) {
        Files.copy(in, dir.resolve(file));
      }
    }
    config = RunConfig.load(dir.resolve("run.yml"));
  }

  @AfterAll
  void stop() throws SQLException {
    Wipe.all(dataSource, driver);
    service.close();
  }

  @Test
  @Order(1)
  void firstRunIngestsResolvesAndProjects() throws Exception {
    first = pipeline().run(RunKind.INCREMENTAL, config, Progress.forThisProcess());

    assertThat(first.status()).isEqualTo("succeeded");
    assertThat(first.kind()).isEqualTo("incremental");
    assertThat(first.finishedAt()).isNotNull();
    assertThat(first.watermark()).isEqualTo(Long.toString(maxSeq()));
    Map<String, Object> stats = stats(first);
    assertThat(map(map(stats.get("sources")).get("mail")))
        .containsEntry("read", 3)
        .containsEntry("accepted", 2)
        .containsEntry("rejected", 1);
    assertThat(map(map(stats.get("sources")).get("segment")))
        .containsEntry("read", 3)
        .containsEntry("accepted", 3)
        .containsEntry("rejected", 0);
    assertThat(map(map(stats.get("stages")).get("load"))).containsEntry("rows", 5);
    assertThat(map(stats.get("projection"))).containsEntry("scope", "full");

    assertThat(rows("SELECT source, reason_code, run_id FROM ingest_rejects"))
        .containsExactly(List.of("mail", "malformed_json", first.runId()));
    assertThat(rows("SELECT location FROM ingest_rejects").getFirst().getFirst())
        .endsWith("gmail.jsonl:3");

    String alice = personOf("email", "alice.smith@acme-corp.com");
    assertThat(personOf("user_id", "u-1")).isEqualTo(alice);
    assertThat(personOf("anonymous_id", "anon-1")).isEqualTo(alice);
    assertThat(personOf("user_id", "u-2")).isEqualTo(personOf("email", "dave@initech.com"));
    assertThat(personOf("email", "bob@globex.com")).isNotEqualTo(alice);
    assertThat(rows("SELECT count(*) FROM persons")).containsExactly(List.of("4"));
    assertThat(
            rows("SELECT email, identifier_count FROM persons WHERE person_id = '" + alice + "'"))
        .containsExactly(List.of("alice.smith@acme-corp.com", "3"));
    assertThat(rows("SELECT title FROM persons WHERE person_id = ?", alice))
        .containsExactly(List.of("VP Sales"));
    assertThat(
            rows(
                "SELECT e.source_record_id FROM person_participants p JOIN events e USING"
                    + " (event_id) WHERE p.person_id = ? ORDER BY 1",
                alice))
        .containsExactly(List.of("m-001"), List.of("m-002"), List.of("s-1"), List.of("s-2"));
    assertThat(
            rows(
                "SELECT g.domain FROM memberships m JOIN groups g USING (group_id)"
                    + " WHERE m.person_id = ?",
                alice))
        .containsExactly(List.of("acme-corp.com"));
  }

  @Test
  @Order(2)
  void finalTablesAgreeWithTheGraph() throws Exception {
    long personNodes =
        driver
            .executableQuery("MATCH (p:Person) RETURN count(p) AS n")
            .execute()
            .records()
            .getFirst()
            .get("n")
            .asLong();
    long identifierLinks =
        driver
            .executableQuery(
                "MATCH (:PersonIdentifier)-[:IDENTIFIES]->(:Person) RETURN count(*) AS n")
            .execute()
            .records()
            .getFirst()
            .get("n")
            .asLong();

    assertThat(rows("SELECT count(*) FROM persons"))
        .containsExactly(List.of(Long.toString(personNodes)));
    assertThat(rows("SELECT count(*) FROM resolved_person_identifiers"))
        .containsExactly(List.of(Long.toString(identifierLinks)));
    assertThat(
            rows(
                "SELECT count(*) FROM resolved_person_identifiers r"
                    + " LEFT JOIN persons p USING (person_id) WHERE p.person_id IS NULL"))
        .containsExactly(List.of("0"));
    assertThat(
            rows(
                "SELECT count(*) FROM (SELECT identifier_type, identifier_value FROM"
                    + " resolved_person_identifiers GROUP BY 1, 2 HAVING count(*) > 1) d"))
        .containsExactly(List.of("0"));
  }

  @Test
  @Order(3)
  void reprojectingTheSameRunChangesNoRow() throws Exception {
    Map<String, String> before = checksums();

    long changed =
        service
            .bean(Projection.class)
            .project(first.runId(), ProjectionScope.everything())
            .changed();

    assertThat(changed).isZero();
    assertThat(checksums()).isEqualTo(before);
  }

  @Test
  @Order(4)
  void anIncrementalRunWithNothingNewLoadsNothingAndChangesNothing() throws Exception {
    Map<String, String> before = checksums();

    Run second = pipeline().run(RunKind.INCREMENTAL, config, Progress.forThisProcess());

    assertThat(second.status()).isEqualTo("succeeded");
    assertThat(second.watermark()).isEqualTo(first.watermark());
    assertThat(map(map(stats(second).get("sources")).get("mail"))).containsEntry("read", 0);
    assertThat(map(map(stats(second).get("sources")).get("segment"))).containsEntry("read", 0);
    assertThat(map(map(stats(second).get("stages")).get("load"))).containsEntry("rows", 0);
    assertThat(map(stats(second).get("projection")))
        .containsEntry("scope", "touched")
        .containsEntry("changed", 0);
    assertThat(map(map(stats(second).get("projection")).get("staged")))
        .containsEntry("scope", 0)
        .containsEntry("identifiers", 0)
        .containsEntry("participants", 0);
    assertThat(checksums()).isEqualTo(before);
  }

  @Test
  @Order(5)
  void aFullRunReloadsTheWholeLogAndKeepsEveryId() throws Exception {
    Map<String, String> before = checksums();

    Run full = pipeline().run(RunKind.FULL, RunConfig.empty(), Progress.forThisProcess());

    assertThat(full.status()).isEqualTo("succeeded");
    assertThat(full.kind()).isEqualTo("full");
    assertThat(map(map(stats(full).get("stages")).get("load"))).containsEntry("rows", 5);
    assertThat(map(stats(full).get("projection"))).containsEntry("scope", "full");
    assertThat(checksums()).isEqualTo(before);
  }

  @Test
  @Order(6)
  void anAppendedRecordIsReadAloneAndJoinsItsPersonWhoseIdStays() throws Exception {
    String dave = personOf("email", "dave@initech.com");
    appendToSegment(
        "{\"type\":\"identify\",\"messageId\":\"s-4\",\"userId\":\"u-2\","
            + "\"anonymousId\":\"anon-9\",\"timestamp\":\"2024-03-05T10:00:00Z\"}\n");

    Run next = pipeline().run(RunKind.INCREMENTAL, config, Progress.forThisProcess());

    assertThat(map(map(stats(next).get("sources")).get("segment")))
        .containsEntry("read", 1)
        .containsEntry("accepted", 1);
    assertThat(map(map(stats(next).get("stages")).get("load"))).containsEntry("rows", 1);
    assertThat(personOf("anonymous_id", "anon-9")).isEqualTo(dave);
    assertThat(personOf("email", "dave@initech.com")).isEqualTo(dave);
    assertThat(rows("SELECT count(*) FROM persons")).containsExactly(List.of("4"));
    assertThat(map(stats(next).get("projection"))).containsEntry("scope", "touched");
    assertThat(map(map(stats(next).get("projection")).get("staged")))
        .containsEntry("scope", 1)
        .containsEntry("identifiers", 3);
    aFullProjectionChangesNothingAfter(next);
  }

  @Test
  @Order(7)
  void twoPersonsMergedByAnIncrementalRunAreProjectedAsOneAsAFullProjectionWould()
      throws Exception {
    String bob = personOf("email", "bob@globex.com");
    String carol = personOf("email", "carol@gmail.com");
    appendToSegment(
        "{\"type\":\"identify\",\"messageId\":\"s-5\",\"userId\":\"u-7\","
            + "\"traits\":{\"email\":\"bob@globex.com\"},\"timestamp\":\"2024-03-06T10:00:00Z\"}\n"
            + "{\"type\":\"identify\",\"messageId\":\"s-6\",\"userId\":\"u-7\","
            + "\"traits\":{\"email\":\"carol@gmail.com\"},\"timestamp\":\"2024-03-06T11:00:00Z\"}\n");

    Run next = pipeline().run(RunKind.INCREMENTAL, config, Progress.forThisProcess());

    String survivor = personOf("email", "bob@globex.com");
    String gone = survivor.equals(bob) ? carol : bob;
    assertThat(personOf("email", "carol@gmail.com")).isEqualTo(survivor);
    assertThat(personOf("user_id", "u-7")).isEqualTo(survivor);
    assertThat(rows("SELECT count(*) FROM persons")).containsExactly(List.of("3"));
    assertThat(rows("SELECT count(*) FROM persons WHERE person_id = ?", gone))
        .containsExactly(List.of("0"));
    assertThat(rows("SELECT identifier_count FROM persons WHERE person_id = ?", survivor))
        .containsExactly(List.of("3"));
    assertThat(
            rows(
                "SELECT old_id, new_id, change FROM entity_id_history WHERE run_id = ?",
                next.runId()))
        .containsExactly(List.of(gone, survivor, "merge"));
    assertThat(
            rows(
                "SELECT e.source_record_id FROM person_participants p JOIN events e USING"
                    + " (event_id) WHERE p.person_id = ? ORDER BY 1",
                survivor))
        .containsExactly(List.of("m-001"), List.of("m-002"), List.of("s-5"), List.of("s-6"));
    assertThat(map(stats(next).get("projection"))).containsEntry("scope", "touched");
    aFullProjectionChangesNothingAfter(next);
  }

  @Test
  @Order(8)
  void aScopedProjectionAlsoRewritesAnEntityTheFinalTablesWronglyGaveAnIdentifier()
      throws Exception {
    String dave = personOf("email", "dave@initech.com");
    String alice = personOf("email", "alice.smith@acme-corp.com");
    // As if an earlier projection had put anon-9 with Alice: a run that touches only Dave must
    // also rewrite Alice's row, or her identifier_count stays one too high.
    execute(
        "UPDATE resolved_person_identifiers SET person_id = ? WHERE identifier_value = 'anon-9'",
        alice);
    execute(
        "UPDATE persons SET identifier_count = identifier_count + 1 WHERE person_id = ?", alice);
    appendToSegment(
        "{\"type\":\"track\",\"messageId\":\"s-7\",\"userId\":\"u-2\","
            + "\"event\":\"Invoice Paid\",\"timestamp\":\"2024-03-07T10:00:00Z\"}\n");

    Run next = pipeline().run(RunKind.INCREMENTAL, config, Progress.forThisProcess());

    assertThat(personOf("anonymous_id", "anon-9")).isEqualTo(dave);
    assertThat(rows("SELECT identifier_count FROM persons WHERE person_id = ?", alice))
        .containsExactly(List.of("3"));
    assertThat(map(map(stats(next).get("projection")).get("staged"))).containsEntry("scope", 2);
    aFullProjectionChangesNothingAfter(next);
  }

  @Test
  @Order(9)
  void aPersonJoiningAGroupOutsideTheScopeUpdatesItsMemberCount() throws Exception {
    String globex =
        rows("SELECT group_id FROM groups WHERE domain = 'globex.com'").getFirst().getFirst();
    assertThat(rows("SELECT member_count FROM groups WHERE group_id = ?", globex))
        .containsExactly(List.of("1"));
    appendToSegment(
        "{\"type\":\"identify\",\"messageId\":\"s-8\",\"userId\":\"u-8\","
            + "\"traits\":{\"email\":\"erin@globex.com\"},\"timestamp\":\"2024-03-08T10:00:00Z\"}\n");

    Run next = pipeline().run(RunKind.INCREMENTAL, config, Progress.forThisProcess());

    String erin = personOf("email", "erin@globex.com");
    assertThat(rows("SELECT group_id FROM memberships WHERE person_id = ?", erin))
        .containsExactly(List.of(globex));
    assertThat(rows("SELECT member_count FROM groups WHERE group_id = ?", globex))
        .containsExactly(List.of("2"));
    assertThat(map(map(stats(next).get("projection")).get("staged")))
        .containsEntry("scope", 1)
        .containsEntry("memberships", 1);
    aFullProjectionChangesNothingAfter(next);
  }

  @Test
  @Order(10)
  void aPersonThatLosesAnIdentifierLosesItsRowsAsInAFullProjection() throws Exception {
    String merged = personOf("user_id", "u-7");
    // bob@globex.com, merged with carol@gmail.com through u-7, gains three more user ids: over the
    // limit of 3 it is a shared identifier, leaves the person and links no one any more.
    appendToSegment(
        IntStream.rangeClosed(20, 22)
            .mapToObj(
                i ->
                    "{\"type\":\"identify\",\"messageId\":\"s-"
                        + i
                        + "\",\"userId\":\"u-"
                        + i
                        + "\",\"traits\":{\"email\":\"bob@globex.com\"},"
                        + "\"timestamp\":\"2024-03-09T10:00:00Z\"}\n")
            .collect(Collectors.joining()));

    Run next = pipeline().run(RunKind.INCREMENTAL, config, Progress.forThisProcess());

    assertThat(
            rows(
                "SELECT reason FROM identifier_exclusions WHERE identifier_value ="
                    + " 'bob@globex.com'"))
        .containsExactly(List.of("shared_identifier"));
    String carol = personOf("email", "carol@gmail.com");
    assertThat(personOf("user_id", "u-7")).isEqualTo(carol);
    assertThat(carol).isEqualTo(merged);
    // m-002 was Bob's (sender): his address no longer identifies this person
    assertThat(
            rows(
                "SELECT e.source_record_id FROM person_participants p JOIN events e USING"
                    + " (event_id) WHERE p.person_id = ? ORDER BY 1",
                carol))
        .containsExactly(List.of("m-001"), List.of("s-5"), List.of("s-6"));
    assertThat(map(stats(next).get("projection"))).containsEntry("scope", "touched");
    aFullProjectionChangesNothingAfter(next);
  }

  @Test
  @Order(11)
  void aRunAfterAnInterruptedOneProjectsEverything() throws Exception {
    Map<String, String> before = checksums();
    execute(
        "INSERT INTO runs (run_id, kind, status, started_at, stats) VALUES (?, 'incremental',"
            + " 'running', now(), '{}')",
        "run_interrupted_by_a_test");

    Run next = pipeline().run(RunKind.INCREMENTAL, config, Progress.forThisProcess());

    assertThat(next.status()).isEqualTo("succeeded");
    assertThat(rows("SELECT status FROM runs WHERE run_id = 'run_interrupted_by_a_test'"))
        .containsExactly(List.of("failed"));
    assertThat(map(stats(next).get("projection")))
        .containsEntry("scope", "full")
        .containsEntry("changed", 0);
    assertThat(checksums()).isEqualTo(before);
  }

  @Test
  @Order(12)
  void anErasedPersonDoesNotComeBackWhenTheSameDataIsReadAgain() throws Exception {
    String alice = personOf("email", "alice.smith@acme-corp.com");

    ErasureResult erased =
        service.bean(ErasureService.class).erasePerson(alice, "key_test").orElseThrow();

    assertThat(erased.personId()).isEqualTo(alice);
    assertThat(erased.identifiersSuppressed()).isEqualTo(3);
    assertThat(rows("SELECT count(*) FROM persons WHERE person_id = ?", alice))
        .containsExactly(List.of("0"));
    assertThat(rows("SELECT count(*) FROM suppressed_identifiers")).containsExactly(List.of("3"));
    assertThat(rows("SELECT action, entity_id, actor FROM audit_log"))
        .containsExactly(List.of("erase", alice, "key_test"));

    Files.writeString(
        dir.resolve("again.yml"),
        "sources:\n  - {name: mail-again, type: gmail, settings: {paths: gmail.jsonl}}\n"
            + "  - {name: segment-again, type: segment, settings: {paths: segment.jsonl}}\n");
    Run again =
        pipeline()
            .run(
                RunKind.INCREMENTAL,
                RunConfig.load(dir.resolve("again.yml")),
                Progress.forThisProcess());

    assertThat(again.status()).isEqualTo("succeeded");
    assertThat(
            rows(
                "SELECT count(*) FROM resolved_person_identifiers WHERE identifier_value IN"
                    + " ('alice.smith@acme-corp.com', 'u-1', 'anon-1')"))
        .containsExactly(List.of("0"));
    assertThat(
            rows(
                "SELECT count(*) FROM identifier_exclusions WHERE identifier_value IN"
                    + " ('alice.smith@acme-corp.com', 'u-1', 'anon-1')"))
        .containsExactly(List.of("0"));
    assertThat(rows("SELECT count(*) FROM persons WHERE person_id = ?", alice))
        .containsExactly(List.of("0"));
    assertThat(personOf("email", "carol@gmail.com")).isNotNull();
    assertThat(map(stats(again).get("projection"))).containsEntry("scope", "touched");
    aFullProjectionChangesNothingAfter(again);
  }

  /** Projecting everything after a run must leave the final tables exactly as its run left them. */
  private void aFullProjectionChangesNothingAfter(Run run) throws SQLException {
    Map<String, String> before = checksums();
    long changed =
        service.bean(Projection.class).project(run.runId(), ProjectionScope.everything()).changed();
    assertThat(changed).as("rows a full projection changed after %s", run.runId()).isZero();
    assertThat(checksums()).isEqualTo(before);
  }

  private static void appendToSegment(String lines) throws IOException {
    Files.writeString(dir.resolve("segment.jsonl"), lines, StandardOpenOption.APPEND);
  }

  private void execute(String sql, String param) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, param);
      s.executeUpdate();
    }
  }

  private RunPipeline pipeline() {
    return service.bean(RunPipeline.class);
  }

  private String personOf(String type, String value) throws SQLException {
    List<List<String>> r =
        rows(
            "SELECT person_id FROM resolved_person_identifiers WHERE identifier_type = ? AND"
                + " identifier_value = ?",
            type,
            value);
    assertThat(r).as("%s:%s resolved", type, "(value)").hasSize(1);
    return r.getFirst().getFirst();
  }

  private long maxSeq() throws SQLException {
    return Long.parseLong(rows("SELECT max(ingest_seq) FROM events").getFirst().getFirst());
  }

  private Map<String, String> checksums() throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String table : FINAL_TABLES) {
      out.put(
          table,
          rows("SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                  + table
                  + " t")
              .getFirst()
              .getFirst());
    }
    return out;
  }

  private List<List<String>> rows(String sql, String... params) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setString(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(r.getString(i));
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  private Map<String, Object> stats(Run run) throws IOException {
    return map(service.bean(JsonMapper.class).readValue(run.stats(), Map.class));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }
}
