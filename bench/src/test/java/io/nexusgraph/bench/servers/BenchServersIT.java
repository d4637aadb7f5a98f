package io.nexusgraph.bench.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

/** The bench's own servers: emptying the graph deletes the store and keeps the driver usable. */
class BenchServersIT {

  @Test
  void emptyingTheGraphDeletesEverythingAndTheDriverReconnects(@TempDir Path work) {
    try (BenchServers servers = BenchServers.start(work, "512m", "64m")) {
      Driver driver = servers.driver();
      driver.executableQuery("UNWIND range(1, 100) AS n CREATE (:Probe {n: n})").execute();
      long pid = servers.neo4jPid();

      servers.bulk().emptyGraph();

      assertThat(servers.neo4jPid()).as("the server restarted").isNotEqualTo(pid);
      assertThat(count(driver)).isZero();
      driver.executableQuery("CREATE (:Probe {n: 1})").execute();
      assertThat(count(driver)).isEqualTo(1);
    }
  }

  private static long count(Driver driver) {
    return driver
        .executableQuery("MATCH (n) RETURN count(n) AS n")
        .execute()
        .records()
        .getFirst()
        .get("n")
        .asLong();
  }
}
