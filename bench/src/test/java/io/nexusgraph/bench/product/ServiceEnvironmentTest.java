package io.nexusgraph.bench.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

  @Test
  void embeddedServersOnFourDistinctFreePortsAndOwnData() {
    ServiceEnvironment env = ServiceEnvironment.embedded(Path.of("target/p/data"), "1g", "64m");

    Map<String, String> v = env.variables();
    assertThat(v.keySet())
        .containsExactlyInAnyOrder(
            "NEXUS_DATA_DIR",
            "NEXUS_API_PORT",
            "NEXUS_NEO4J_BOLT_PORT",
            "NEXUS_NEO4J_HTTP_PORT",
            "NEXUS_PG_PORT",
            "NEXUS_NEO4J_HEAP",
            "NEXUS_NEO4J_PAGE_CACHE");
    assertThat(v.get("NEXUS_DATA_DIR"))
        .isEqualTo(Path.of("target/p/data").toAbsolutePath().toString());
    assertThat(v.get("NEXUS_API_PORT")).isEqualTo(Integer.toString(env.apiPort()));
    assertThat(v.get("NEXUS_NEO4J_HEAP")).isEqualTo("1g");
    assertThat(v.get("NEXUS_NEO4J_PAGE_CACHE")).isEqualTo("64m");
    Set<String> ports =
        Set.of(
            v.get("NEXUS_API_PORT"),
            v.get("NEXUS_NEO4J_BOLT_PORT"),
            v.get("NEXUS_NEO4J_HTTP_PORT"),
            v.get("NEXUS_PG_PORT"));
    assertThat(ports).hasSize(4).doesNotContain("8080", "7687", "7474", "5433");
    assertThat(env.servers()).startsWith("its own embedded Neo4j and PostgreSQL");
    assertThat(env.with(Map.of("NEXUS_NEO4J_URI", "bolt://h:7687")).servers())
        .startsWith("external Neo4j and PostgreSQL");
  }

  @Test
  void noInheritedNexusVariableReachesTheService() {
    ServiceEnvironment env =
        new ServiceEnvironment(Map.of("NEXUS_DATA_DIR", "/d", "NEXUS_API_PORT", "1234"), 1234)
            .with(Map.of("NEXUS_JDBC_URL", "jdbc:postgresql://h/db"));
    Map<String, String> inherited = new HashMap<>();
    inherited.put("PATH", "/bin");
    inherited.put("NEXUS_NEO4J_URI", "neo4j+s://users-own");
    inherited.put("NEXUS_DATA_DIR", "/users/own");

    env.applyTo(inherited);

    assertThat(inherited)
        .isEqualTo(
            Map.of(
                "PATH", "/bin",
                "NEXUS_DATA_DIR", "/d",
                "NEXUS_API_PORT", "1234",
                "NEXUS_JDBC_URL", "jdbc:postgresql://h/db"));
  }
}
