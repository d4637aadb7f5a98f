package io.nexusgraph.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nexusgraph.ingest.ConfigException;
import io.nexusgraph.ingest.normalize.NormalizationConfig;
import io.nexusgraph.ingest.quarantine.SourceCounts;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.testing.AdapterRun;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingAdapterTest {

  @Test
  void csvRowsBecomeEventsIdentifiersTraitsAndMemberships() {
    AdapterRun run =
        AdapterRun.of(
            "mapping",
            Map.of("mapping", AdapterRun.fixture("crm-contacts.yaml")),
            Checkpoint.EMPTY);

    assertThat(run.lines())
        .containsExactly(
            "event contact.updated type=crm at=2024-05-01T09:30:00Z record=c-1 value=1200.50 USD"
                + " desc=Met at \"SaaStr\", follow up consent=granted",
            "  person crm_contact_id=c-1 role=contact e1",
            "  person email=dana.kim@initech.io role=contact e1",
            "  person phone=+12125550147 role=contact e1",
            "  group domain=initech.io role=company e2",
            "  person-trait name=Dana Kim e1",
            "  group-trait name=Initech e2",
            "  member email=dana.kim@initech.io -> domain=initech.io role=employee",
            "event contact.updated type=crm at=2024-05-02T10:00:00Z record=c-2 desc=two\nlines consent=denied",
            "  person crm_contact_id=c-2 role=contact e1 unlinkable",
            "  person email=eve@hotmail.com role=contact e1 unlinkable",
            "  person-trait name=Eve Moreau e1");
    assertThat(run.rejectLines())
        .containsExactly(
            "crm-contacts.csv:5 invalid_value record not a number: abc",
            "crm-contacts.csv:6 malformed_csv record expected 10 columns, found 4");
    assertThat(run.result.counts()).isEqualTo(new SourceCounts(4, 2, 2, 0));
  }

  @Test
  void jsonlRecordsUseDottedPathsAndSeparateEdgesPerEntity() {
    AdapterRun run =
        AdapterRun.of(
            "mapping", Map.of("mapping", AdapterRun.fixture("app-logins.yaml")), Checkpoint.EMPTY);

    // the kiosk device is its own edge: appearing in the same login is not identity
    assertThat(run.lines())
        .containsExactly(
            "event login type=app at=2024-06-01T08:00:00Z record=L-1",
            "  person app_user_id=acct-9 role=user e1",
            "  person email=grace@umbrella.com role=user e1",
            "  person device_id=kiosk-3 role=device e2",
            "event login type=app at=2024-06-02T08:00:00Z record=L-2",
            "  person app_user_id=acct-9 role=user e1");
    assertThat(run.result.checkpoint().watermark()).hasToString("2024-06-02T08:00:00Z");
  }

  @Test
  void csvCheckpointResumesAfterTheLastRow() {
    String mapping = AdapterRun.fixture("crm-contacts.yaml");
    AdapterRun first = AdapterRun.of("mapping", Map.of("mapping", mapping), Checkpoint.EMPTY);
    AdapterRun second =
        AdapterRun.of("mapping", Map.of("mapping", mapping), first.result.checkpoint());
    assertThat(second.result.counts()).isEqualTo(new SourceCounts(0, 0, 0, 0));
  }

  @Test
  void invalidMappingsFailWithAMessageThatNamesTheProblem() {
    assertThatThrownBy(
            () ->
                MappingYaml.read(
                    new StringReader("name: x\nformat: xml\n"), Path.of("."), "m.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("m.yaml: 'format' must be csv, jsonl or jdbc");
    assertThatThrownBy(
            () ->
                MappingYaml.read(
                    new StringReader("name: x\nformat: csv\npaths: [a.csv]\nevent: {name: e}\n"),
                    Path.of("."),
                    "m.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("m.yaml event: 'occurred_at' is required");
  }

  @Test
  void jdbcMappingsParseTheirQuery() {
    MappingSpec spec =
        MappingYaml.read(
            new StringReader(
                """
                name: orders_db
                format: jdbc
                jdbc:
                  url: jdbc:postgresql://localhost/shop
                  user: reader
                  password_env: SHOP_DB_PASSWORD
                  query: select * from orders where updated_at >= ? order by updated_at
                event: {name: order.updated, occurred_at: updated_at, watermark: updated_at}
                edges:
                  - {key: buyer, kind: person, identifiers: [{column: email, type: email}]}
                """),
            Path.of("."),
            "db.yaml");
    assertThat(spec.jdbc())
        .isEqualTo(
            new MappingSpec.JdbcSpec(
                "jdbc:postgresql://localhost/shop",
                "reader",
                "SHOP_DB_PASSWORD",
                "select * from orders where updated_at >= ? order by updated_at",
                1000));
    SourceAdapter adapter = MappingAdapterFactory.create(spec, Map.of("OTHER", "x")::get);
    assertThat(adapter).isInstanceOf(JdbcSource.class);
    // the variable is looked up when the source is read, before connecting
    assertThatThrownBy(
            () ->
                AdapterRun.of(
                    adapter, "orders_db", Checkpoint.EMPTY, NormalizationConfig.defaults()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "mapping 'orders_db': jdbc.password_env names the environment variable"
                + " SHOP_DB_PASSWORD, which is not set; set it to the database password, or"
                + " remove password_env if the database needs none");
  }
}
