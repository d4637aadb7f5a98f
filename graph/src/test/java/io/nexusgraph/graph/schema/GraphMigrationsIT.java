package io.nexusgraph.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.testkit.NexusServers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * A store written before graph model 2 gains SAME_AS.link and the Excluded label, loses the
 * entities' component key, and labels Unloaded the identifiers no load wrote, once.
 */
@ExtendWith(NexusServers.class)
class GraphMigrationsIT {

  private final Driver driver;
  private final String token = UUID.randomUUID().toString().substring(0, 8);

  GraphMigrationsIT(Driver driver) {
    GraphSchema.apply(driver);
    this.driver = driver;
  }

  @AfterEach
  void cleanUp() {
    run("MATCH (i) WHERE i.value STARTS WITH $token DETACH DELETE i");
    run(
        "MATCH (e) WHERE e.person_id STARTS WITH $token OR e.group_id STARTS WITH $token"
            + " DETACH DELETE e");
  }

  @Test
  void migratesAnUnversionedStoreOnceAndRecordsTheVersion() {
    // What a model-1 loader wrote: linkable only, the excluded flag only, no version node.
    run(
        "CREATE (a:PersonIdentifier {type: 'email', value: $token + 'a'}),"
            + " (b:PersonIdentifier {type: 'phone', value: $token + 'b'}),"
            + " (c:PersonIdentifier {type: 'phone', value: $token + 'c', excluded: true}),"
            + " (d:PersonIdentifier {type: 'email', value: $token + 'd', excluded: false}),"
            + " (g:GroupIdentifier {type: 'domain', value: $token + 'g', excluded: true}),"
            + " (h:GroupIdentifier {type: 'domain', value: $token + 'h'}),"
            + " (:PersonIdentifier {type: 'email', value: $token + 'l',"
            + " first_seen_at: datetime('2024-01-01T00:00:00Z')}),"
            + " (a)-[:SAME_AS {edge_id: $token + '1', linkable: true}]->(b),"
            + " (a)-[:SAME_AS {edge_id: $token + '2', linkable: false}]->(c),"
            + " (g)-[:SAME_AS {edge_id: $token + '3', linkable: true}]->(h)");
    // What a model-2 resolver wrote on the parts of a split component.
    run(
        "CREATE (:Person {person_id: $token + 'p', component: 'cmp_1'}),"
            + " (:Group {group_id: $token + 'g', component: 'cmp_2'})");
    run("MATCH (m:GraphModel) DELETE m");

    assertThat(GraphMigrations.migrate(driver)).isEqualTo(4);

    assertThat(
            strings(
                "MATCH (x)-[r:SAME_AS]->() WHERE r.edge_id STARTS WITH $token"
                    + " RETURN r.edge_id + '=' + r.link AS s ORDER BY s"))
        .containsExactly(token + "1=1", token + "2=0", token + "3=1");
    assertThat(
            strings(
                "MATCH (i:Excluded) WHERE i.value STARTS WITH $token RETURN i.value AS s"
                    + " ORDER BY s"))
        .containsExactly(token + "c", token + "g");
    assertThat(
            strings(
                "MATCH (e) WHERE e.person_id STARTS WITH $token OR e.group_id STARTS WITH $token"
                    + " RETURN coalesce(e.person_id, e.group_id) + '=' + coalesce(e.component,"
                    + " 'none') AS s ORDER BY s"))
        .containsExactly(token + "g=none", token + "p=none");
    assertThat(
            strings(
                "MATCH (i:Unloaded) WHERE i.value STARTS WITH $token RETURN i.value AS s"
                    + " ORDER BY s"))
        .containsExactly(
            token + "a", token + "b", token + "c", token + "d", token + "g", token + "h");
    assertThat(strings("MATCH (m:GraphModel) RETURN m.name + ' ' + m.version AS s"))
        .containsExactly("nexus 4");

    // Recorded: the next start runs nothing, even where the data would match again.
    run("MATCH ()-[r:SAME_AS]->() WHERE r.edge_id = $token + '1' REMOVE r.link");
    assertThat(GraphMigrations.migrate(driver)).isEqualTo(4);
    assertThat(
            strings(
                "MATCH ()-[r:SAME_AS]->() WHERE r.edge_id = $token + '1'"
                    + " RETURN coalesce(toString(r.link), 'none') AS s"))
        .containsExactly("none");
  }

  @Test
  void recordingTheCurrentVersionRunsNoMigration() {
    // model-1 data in a store without a version: recordCurrent trusts the caller that the store is
    // current (a bulk import just wrote it), so the data stays as it is
    run(
        "CREATE (:PersonIdentifier {type: 'email', value: $token + 'a'})"
            + "-[:SAME_AS {edge_id: $token + '1', linkable: true}]->"
            + "(:PersonIdentifier {type: 'phone', value: $token + 'b'})");
    run("MATCH (m:GraphModel) DELETE m");

    assertThat(GraphMigrations.recordCurrent(driver)).isEqualTo(4);

    assertThat(strings("MATCH (m:GraphModel) RETURN m.name + ' ' + m.version AS s"))
        .containsExactly("nexus 4");
    assertThat(
            strings(
                "MATCH ()-[r:SAME_AS]->() WHERE r.edge_id = $token + '1'"
                    + " RETURN coalesce(toString(r.link), 'none') AS s"))
        .containsExactly("none");
    assertThat(GraphMigrations.migrate(driver)).isEqualTo(4);
  }

  private void run(String query) {
    driver.executableQuery(query).withParameters(Map.of("token", token)).execute();
  }

  private List<String> strings(String query) {
    return driver
        .executableQuery(query)
        .withParameters(Map.of("token", token))
        .execute()
        .records()
        .stream()
        .map(r -> r.get("s").asString())
        .toList();
  }
}
