package io.nexusgraph.graph.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.testkit.NexusServers;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

@ExtendWith(NexusServers.class)
class GdsIT {

  private final Driver driver;

  GdsIT(Driver driver) {
    this.driver = driver;
  }

  @AfterEach
  void cleanUp() {
    driver.executableQuery("CALL gds.graph.drop('gds-it-probe', false) YIELD graphName").execute();
    driver.executableQuery("MATCH (n:GdsItProbe) DETACH DELETE n").execute();
  }

  @Test
  void readsNeo4jAndGdsVersions() {
    GraphServerInfo info = GraphServerInfo.read(driver);

    assertThat(info.neo4jVersion()).startsWith("2026.");
    assertThat(info.gdsVersion()).isEqualTo("2.26.0");
  }

  @Test
  void wccStreamFindsExactComponents() {
    // (a)-(b)-(c)   (d)-(e)   (f)
    driver
        .executableQuery(
            """
            CREATE (a:GdsItProbe {name: 'a'}), (b:GdsItProbe {name: 'b'}),
                   (c:GdsItProbe {name: 'c'}), (d:GdsItProbe {name: 'd'}),
                   (e:GdsItProbe {name: 'e'}), (f:GdsItProbe {name: 'f'}),
                   (a)-[:LINK]->(b), (c)-[:LINK]->(b), (d)-[:LINK]->(e)
            """)
        .execute();
    driver
        .executableQuery(
            """
            MATCH (s:GdsItProbe) OPTIONAL MATCH (s)-[:LINK]->(t:GdsItProbe)
            WITH gds.graph.project('gds-it-probe', s, t, {}, {undirectedRelationshipTypes: ['*']}) AS g
            RETURN g.graphName
            """)
        .execute();

    Map<Long, Set<String>> components =
        driver
            .executableQuery(
                """
                CALL gds.wcc.stream('gds-it-probe') YIELD nodeId, componentId
                RETURN gds.util.asNode(nodeId).name AS name, componentId
                """)
            .execute()
            .records()
            .stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.get("componentId").asLong(),
                    Collectors.mapping(r -> r.get("name").asString(), Collectors.toSet())));

    assertThat(components.values())
        .containsExactlyInAnyOrder(Set.of("a", "b", "c"), Set.of("d", "e"), Set.of("f"));
  }
}
