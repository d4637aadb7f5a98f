package io.nexusgraph.api.runtime;

import io.nexusgraph.api.info.NexusVersion;
import java.io.PrintStream;

/**
 * What {@code nexus serve} prints once everything is up: where the API, Neo4j Browser and
 * PostgreSQL are and how to log in. Printed to the terminal, never to the log.
 */
final class Banner {

  private Banner() {}

  static void print(PrintStream out, String apiUrl, Servers servers, ServerSettings settings) {
    Neo4jLogin neo4j = servers.neo4j();
    JdbcLogin jdbc = servers.jdbc();
    StringBuilder text = new StringBuilder();
    text.append("\nNexus Graph ").append(NexusVersion.get()).append(" is up.\n\n");
    text.append("  API            ").append(apiUrl).append('\n');
    text.append("  Health         ").append(apiUrl).append("/health\n");
    if (neo4j.browserUrl() != null) {
      text.append("  Neo4j Browser  ").append(neo4j.browserUrl()).append('\n');
      text.append("                 login: ")
          .append(neo4j.user())
          .append(" / ")
          .append(neo4j.password())
          .append('\n');
    }
    text.append("  Neo4j Bolt     ").append(neo4j.uri()).append('\n');
    text.append("  PostgreSQL     ").append(jdbc.url()).append("  user: ").append(jdbc.user());
    if (jdbc.passwordFile() != null) {
      text.append("  password: in ").append(jdbc.passwordFile());
    }
    text.append('\n');
    if (neo4j.browserUrl() != null || jdbc.passwordFile() != null) {
      text.append("  Data           ").append(settings.dataDir().toAbsolutePath().normalize());
      text.append('\n');
    }
    out.print(text);
    out.flush();
  }
}
