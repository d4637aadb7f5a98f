package io.nexusgraph.bench.product;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code NEXUS_*} settings of the service JVMs (docs/configuration.md). No {@code NEXUS_*}
 * variable is inherited from the benchmark's environment, so a user's {@code NEXUS_NEO4J_URI} or
 * ports cannot point the benchmark at their own servers; the ports are free loopback ports, not the
 * defaults, so a {@code ./nexus serve} running on this machine is left alone.
 *
 * @param variables every {@code NEXUS_*} variable the service JVMs get
 * @param apiPort where {@code serve} answers
 */
public record ServiceEnvironment(Map<String, String> variables, int apiPort) {

  public ServiceEnvironment {
    variables = Map.copyOf(variables);
  }

  /** Embedded servers with their data in {@code dataDir}, on four free loopback ports. */
  public static ServiceEnvironment embedded(Path dataDir, String neo4jHeap, String pageCache) {
    List<Integer> ports = freePorts(4);
    Map<String, String> v = new HashMap<>();
    v.put("NEXUS_DATA_DIR", dataDir.toAbsolutePath().toString());
    v.put("NEXUS_API_PORT", ports.get(0).toString());
    v.put("NEXUS_NEO4J_BOLT_PORT", ports.get(1).toString());
    v.put("NEXUS_NEO4J_HTTP_PORT", ports.get(2).toString());
    v.put("NEXUS_PG_PORT", ports.get(3).toString());
    v.put("NEXUS_NEO4J_HEAP", neo4jHeap);
    v.put("NEXUS_NEO4J_PAGE_CACHE", pageCache);
    return new ServiceEnvironment(v, ports.get(0));
  }

  /** These settings with {@code more} added or replacing, e.g. external servers. */
  public ServiceEnvironment with(Map<String, String> more) {
    Map<String, String> v = new HashMap<>(variables);
    v.putAll(more);
    return new ServiceEnvironment(v, apiPort);
  }

  /** Which servers the service uses, for the report. */
  public String servers() {
    return variables.containsKey("NEXUS_NEO4J_URI") || variables.containsKey("NEXUS_JDBC_URL")
        ? "external Neo4j and PostgreSQL (NEXUS_NEO4J_URI, NEXUS_JDBC_URL)"
        : "its own embedded Neo4j and PostgreSQL (fresh data folder, free loopback ports)";
  }

  /** {@code inherited} without any {@code NEXUS_*} variable, then these settings. */
  void applyTo(Map<String, String> inherited) {
    inherited.keySet().removeIf(name -> name.startsWith("NEXUS_"));
    inherited.putAll(variables);
  }

  /**
   * Distinct loopback ports free right now, all held open together so none repeats. Another process
   * could take one before the service binds it; the service then fails to start, saying which port.
   */
  static List<Integer> freePorts(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        sockets.add(socket);
        ports.add(socket.getLocalPort());
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot find free loopback ports for the service", e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // the port is released with the process at the latest
        }
      }
    }
  }
}
