package io.nexusgraph.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.nexusgraph.ingest.SourceUnreadableException;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.quarantine.Reject;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.testing.AdapterRun;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YAML mapping's JDBC path against the harness's real PostgreSQL 17: a CRM-like table with a
 * {@code timestamptz} watermark, read in full and incrementally through the {@code mapping} source
 * type, exactly as a deployment would configure it.
 */
@ExtendWith(NexusServers.class)
class JdbcMappingIT {
  private static final String COLUMNS =
      "contact_id, email, phone, full_name, company_domain, company, updated_at";

  private final String table =
      "crm_contacts_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

  @TempDir Path dir;

  private DataSource dataSource;
  private PostgresConnection postgres;

  @BeforeEach
  void createTable(DataSource dataSource, PostgresConnection postgres) throws SQLException {
    this.dataSource = dataSource;
    this.postgres = postgres;
    sql(
        "CREATE TABLE "
            + table
            + " (contact_id text, email text, phone text, full_name text,"
            + " company_domain text, company text, updated_at timestamptz)");
    sql(
        "INSERT INTO "
            + table
            + " VALUES"
            + " ('c-1', 'Dana.Kim@Initech.IO', '(212) 555-0147', 'Dana Kim', 'Initech.io',"
            + "  'Initech', '2024-05-01 09:30:00+00'),"
            // microseconds and a +02 offset: the latest row, so it becomes the watermark
            + " ('c-2', ' eve@hotmail.com ', '+44 20 7946 0958', 'Eve Moreau', NULL, NULL,"
            + "  '2024-05-02 12:00:00.123456+02'),"
            + " ('c-3', 'frank(at)globex.com', NULL, 'Frank Ng', 'globex.com', 'Globex',"
            + "  '2024-05-01 18:00:00+00'),"
            // the event time is required
            + " ('c-4', 'grace@umbrella.com', NULL, 'Grace Hopper', 'umbrella.com', 'Umbrella',"
            + "  NULL)");
  }

  @AfterEach
  void dropTable() throws SQLException {
    sql("DROP TABLE IF EXISTS " + table);
  }

  @Test
  void rowsBecomeExactEventsObservationsAndRejects() throws IOException {
    AdapterRun run =
        read("select " + COLUMNS + " from " + table + " order by contact_id", Checkpoint.EMPTY);

    assertThat(run.lines())
        .containsExactly(
            "event contact.updated type=crm at=2024-05-01T09:30:00Z record=c-1",
            "  person crm_contact_id=c-1 role=contact e1",
            "  person email=dana.kim@initech.io role=contact e1",
            "  person phone=+12125550147 role=contact e1",
            "  group domain=initech.io role=company e2",
            "  person-trait name=Dana Kim e1",
            "  group-trait name=Initech e2",
            "  member email=dana.kim@initech.io -> domain=initech.io role=employee",
            "event contact.updated type=crm at=2024-05-02T10:00:00.123456Z record=c-2",
            "  person crm_contact_id=c-2 role=contact e1",
            "  person email=eve@hotmail.com role=contact e1",
            "  person phone=+442079460958 role=contact e1",
            "  person-trait name=Eve Moreau e1",
            // the malformed email is set aside, so there is no membership to link
            "event contact.updated type=crm at=2024-05-01T18:00:00Z record=c-3",
            "  person crm_contact_id=c-3 role=contact e1",
            "  group domain=globex.com role=company e2",
            "  person-trait name=Frank Ng e1",
            "  group-trait name=Globex e2");
    assertThat(run.rejectLines())
        .containsExactly(
            "crm_contacts#c-3 invalid_email contact.email not an email address",
            "crm_contacts#c-4 missing_required_field record missing updated_at");
    assertThat(run.rejects)
        .extracting(Reject::source, Reject::rawExcerpt)
        .containsExactly(
            tuple("mapping", "frank(at)globex.com"),
            tuple(
                "mapping",
                "{contact_id=c-4, email=grace@umbrella.com, phone=null, full_name=Grace Hopper,"
                    + " company_domain=umbrella.com, company=Umbrella, updated_at=null}"));
    assertThat(run.result.counts()).isEqualTo(new SourceCounts(4, 3, 1, 1));
    assertThat(run.result.counts().reconciles()).isTrue();
    assertThat(run.result.checkpoint())
        .isEqualTo(new Checkpoint(Map.of(), Instant.parse("2024-05-02T10:00:00.123456Z")));
  }

  @Test
  void incrementalReadsReturnOnlyRowsNewerThanTheCheckpoint() throws IOException, SQLException {
    String query =
        "select " + COLUMNS + " from " + table + " where updated_at > ? order by updated_at";

    // the row without updated_at can never match a watermark query
    AdapterRun first = read(query, Checkpoint.EMPTY);
    assertThat(records(first)).containsExactly("c-1", "c-3", "c-2");
    assertThat(first.result.counts()).isEqualTo(new SourceCounts(3, 3, 0, 1));
    Checkpoint afterFirst = first.result.checkpoint();
    assertThat(afterFirst.watermark()).isEqualTo(Instant.parse("2024-05-02T10:00:00.123456Z"));

    sql(
        "INSERT INTO "
            + table
            + " VALUES"
            + " ('c-5', 'heidi@initech.io', NULL, 'Heidi Park', 'initech.io', 'Initech',"
            + "  '2024-05-03 08:00:00+00'),"
            + " ('c-6', 'ivan@globex.com', '+1 212 555 0199', 'Ivan Petrov', NULL, NULL,"
            + "  '2024-05-03 09:15:30.5+00')");

    AdapterRun second = read(query, afterFirst);
    assertThat(second.lines())
        .containsExactly(
            "event contact.updated type=crm at=2024-05-03T08:00:00Z record=c-5",
            "  person crm_contact_id=c-5 role=contact e1",
            "  person email=heidi@initech.io role=contact e1",
            "  group domain=initech.io role=company e2",
            "  person-trait name=Heidi Park e1",
            "  group-trait name=Initech e2",
            "  member email=heidi@initech.io -> domain=initech.io role=employee",
            "event contact.updated type=crm at=2024-05-03T09:15:30.500Z record=c-6",
            "  person crm_contact_id=c-6 role=contact e1",
            "  person email=ivan@globex.com role=contact e1",
            "  person phone=+12125550199 role=contact e1",
            "  person-trait name=Ivan Petrov e1");
    assertThat(second.rejects).isEmpty();
    assertThat(second.result.counts()).isEqualTo(new SourceCounts(2, 2, 0, 0));
    Checkpoint afterSecond = second.result.checkpoint();
    assertThat(afterSecond.watermark()).isEqualTo(Instant.parse("2024-05-03T09:15:30.500Z"));

    AdapterRun third = read(query, afterSecond);
    assertThat(third.batches).isEmpty();
    assertThat(third.rejects).isEmpty();
    assertThat(third.result.counts()).isEqualTo(new SourceCounts(0, 0, 0, 0));
    assertThat(third.result.checkpoint()).isEqualTo(afterSecond);
  }

  @Test
  void theDocumentedInclusiveQueryRereadsOnlyTheBoundaryRowWithTheSameIds() throws IOException {
    String query =
        "select " + COLUMNS + " from " + table + " where updated_at >= ? order by updated_at";
    AdapterRun first = read(query, Checkpoint.EMPTY);

    AdapterRun again = read(query, first.result.checkpoint());

    assertThat(again.batches).containsExactly(first.batches.get(2));
    assertThat(records(again)).containsExactly("c-2");
    assertThat(again.result.checkpoint()).isEqualTo(first.result.checkpoint());
  }

  @Test
  void rereadingTheSameRowsYieldsIdenticalIds() throws IOException {
    String full = "select " + COLUMNS + " from " + table + " order by contact_id";
    AdapterRun first = read(full, Checkpoint.EMPTY);
    AdapterRun second = read(full, Checkpoint.EMPTY);

    assertThat(second.batches).isEqualTo(first.batches);
    assertThat(second.rejects).extracting(Reject::id).isEqualTo(ids(first.rejects));
    // the event id hashes source, record id and the row's text: fixed for these column values
    assertThat(first.batches.getFirst().event().eventId())
        .isEqualTo("evt_617aa34ca9860b3c04755ec16bf4aea4");

    // a different query over the same columns reads the same rows to the same ids
    AdapterRun incremental =
        read(
            "select " + COLUMNS + " from " + table + " where updated_at > ? order by contact_id",
            Checkpoint.EMPTY);
    assertThat(incremental.batches).isEqualTo(first.batches);
  }

  @Test
  void thePasswordComesFromTheVariableNamedByPasswordEnv() throws IOException {
    String password = "password_env: NEXUS_CRM_DB_PASSWORD";
    String query = "select " + COLUMNS + " from " + table + " order by contact_id";
    Path mapping = mapping(postgres.jdbcUrl(), password, query);

    AdapterRun run =
        read(
            new MappingAdapterFactory(Map.of("NEXUS_CRM_DB_PASSWORD", postgres.password())::get),
            mapping,
            Checkpoint.EMPTY);
    assertThat(records(run)).containsExactly("c-1", "c-2", "c-3");

    // the server does check it: a wrong password in the variable cannot read
    MappingAdapterFactory wrong =
        new MappingAdapterFactory(Map.of("NEXUS_CRM_DB_PASSWORD", "not-the-password")::get);
    assertThatThrownBy(() -> read(wrong, mapping, Checkpoint.EMPTY))
        .isInstanceOf(SourceUnreadableException.class)
        .hasMessageStartingWith("query of mapping 'crm_contacts' failed: ")
        .hasMessageContaining("password authentication failed");
  }

  /** Reads through the {@code mapping} source type, the password in the JDBC URL. */
  private AdapterRun read(String query, Checkpoint from) throws IOException {
    String url =
        postgres.jdbcUrl()
            + "?password="
            + URLEncoder.encode(postgres.password(), StandardCharsets.UTF_8);
    Path mapping = mapping(url, "", query);
    return AdapterRun.of("mapping", Map.of("mapping", mapping.toString()), from);
  }

  private static AdapterRun read(MappingAdapterFactory factory, Path mapping, Checkpoint from) {
    return AdapterRun.of(
        factory.create(Map.of("mapping", mapping.toString())),
        "mapping",
        from,
        NormalizationConfig.defaults());
  }

  private Path mapping(String url, String passwordLine, String query) throws IOException {
    Path mapping = dir.resolve("crm-jdbc.yaml");
    Files.writeString(
        mapping,
        """
        name: crm_contacts
        format: jdbc
        jdbc:
          url: '%s'
          user: '%s'
          %s
          query: '%s'
          fetch_size: 2
        event:
          name: contact.updated
          type: crm
          record_id: contact_id
          occurred_at: updated_at
          watermark: updated_at
        edges:
          - key: contact
            kind: person
            identifiers:
              - {column: contact_id, type: crm_contact_id}
              - {column: email, type: email}
              - {column: phone, type: phone}
            traits:
              - {column: full_name, name: name}
          - key: company
            kind: group
            identifiers:
              - {column: company_domain, type: domain}
            traits:
              - {column: company, name: name}
        memberships:
          - person: {edge: contact, type: email}
            group: {edge: company, type: domain}
            role: employee
        """
            .formatted(url, postgres.user(), passwordLine, query));
    return mapping;
  }

  private static List<String> records(AdapterRun run) {
    return run.batches.stream().map(b -> b.event().sourceRecordId()).toList();
  }

  private static List<String> ids(List<Reject> rejects) {
    return rejects.stream().map(Reject::id).toList();
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
