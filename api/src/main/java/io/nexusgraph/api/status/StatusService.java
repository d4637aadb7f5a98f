package io.nexusgraph.api.status;

import io.micronaut.context.ApplicationContext;
import io.nexusgraph.api.info.NexusVersion;
import io.nexusgraph.api.runtime.Servers;
import io.nexusgraph.api.runtime.ServersStarter;
import io.nexusgraph.api.runtime.ServiceContext;
import io.nexusgraph.graph.server.GraphServerInfo;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code nexus status}: brings the servers up, reads versions and counts, takes them down. */
@Singleton
public final class StatusService {

  private final ServersStarter starter;

  StatusService(ServersStarter starter) {
    this.starter = starter;
  }

  public StatusReport report() {
    try (Servers servers = starter.start();
        ApplicationContext service = ServiceContext.start(servers)) {
      GraphServerInfo graph = servers.graphInfo();
      Map<String, String> versions = new LinkedHashMap<>();
      versions.put("nexus", NexusVersion.get());
      versions.put("neo4j", graph.neo4jVersion() + " (" + graph.edition() + ")");
      versions.put("gds", graph.gdsVersion());
      versions.put("postgresql", servers.postgresVersion());
      Counts counts = service.getBean(Counts.class);
      return new StatusReport(versions, counts.graphNodes(), counts.tableRows());
    }
  }
}
