package io.nexusgraph.api.runtime;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;

/**
 * Where the service finds its servers ({@code nexus.*} in application.yml, set from {@code NEXUS_*}
 * environment variables). A server whose URI/URL is blank is started embedded.
 *
 * @param dataDir where embedded servers keep their data ({@code NEXUS_DATA_DIR}, default ./data)
 * @param neo4j external Neo4j, or the embedded server's ports and memory
 * @param jdbc external PostgreSQL, or the embedded server's port
 */
@ConfigurationProperties("nexus")
public record ServerSettings(Path dataDir, Neo4j neo4j, Jdbc jdbc) {

  /** Neo4j: {@code NEXUS_NEO4J_URI/USER/PASSWORD}, or the embedded server's settings. */
  @ConfigurationProperties("neo4j")
  record Neo4j(
      @Nullable String uri,
      String user,
      @Nullable String password,
      int boltPort,
      int httpPort,
      String heap,
      String pageCache) {

    boolean external() {
      return uri != null && !uri.isBlank();
    }
  }

  /** PostgreSQL: {@code NEXUS_JDBC_URL/USER/PASSWORD}, or the embedded server's port. */
  @ConfigurationProperties("jdbc")
  record Jdbc(@Nullable String url, @Nullable String user, @Nullable String password, int port) {

    boolean external() {
      return url != null && !url.isBlank();
    }
  }
}
