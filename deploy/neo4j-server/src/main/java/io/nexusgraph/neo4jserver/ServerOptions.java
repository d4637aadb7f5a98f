package io.nexusgraph.neo4jserver;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the launching service asks of this server. Passed as {@code --name=value} arguments; the
 * password is read from a file (mode 0600) so it never appears in a process listing.
 *
 * @param passwordApplied whether the system database already holds the password file's password (a
 *     restart of a server that started before), so setting it again can be skipped: that first
 *     Cypher statement of a cold server costs seconds
 */
record ServerOptions(
    Path home,
    Path plugins,
    Path passwordFile,
    String listenAddress,
    int boltPort,
    int httpPort,
    String pageCache,
    boolean passwordApplied) {

  static ServerOptions parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("expected --name=value, got: " + arg);
      }
      values.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    return new ServerOptions(
        Path.of(required(values, "home")),
        Path.of(required(values, "plugins")),
        Path.of(required(values, "password-file")),
        values.getOrDefault("listen-address", "127.0.0.1"),
        Integer.parseInt(values.getOrDefault("bolt-port", "7687")),
        Integer.parseInt(values.getOrDefault("http-port", "7474")),
        values.getOrDefault("page-cache", "256m"),
        Boolean.parseBoolean(values.getOrDefault("password-applied", "false")));
  }

  private static String required(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing --" + name + "=...");
    }
    return value;
  }

  /** The Neo4j settings this server runs with; every one is a deliberate choice. */
  Map<String, String> neo4jSettings() {
    Map<String, String> settings = new HashMap<>();
    settings.put("server.default_listen_address", listenAddress);
    settings.put("server.default_advertised_address", listenAddress);
    settings.put("server.bolt.enabled", "true");
    settings.put("server.bolt.listen_address", listenAddress + ":" + boltPort);
    settings.put("server.http.enabled", "true");
    settings.put("server.http.listen_address", listenAddress + ":" + httpPort);
    settings.put("server.https.enabled", "false");
    // Neo4j Browser is reached directly, never through a reverse proxy: ignore X-Forwarded-Host and
    // -Proto instead of trusting them from any client (Neo4j's default, warned at every start).
    settings.put("server.http.x_forward.enabled", "false");
    settings.put("server.directories.plugins", plugins.toString());
    settings.put("dbms.security.auth_enabled", "true");
    settings.put("dbms.security.procedures.unrestricted", "gds.*");
    settings.put("dbms.usage_report.enabled", "false");
    settings.put("server.memory.pagecache.size", pageCache);
    // Without this, Bolt's Netty event loops wait ~10 s before the server can stop.
    settings.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
    return settings;
  }
}
