package io.nexusgraph.embedded;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the embedded PostgreSQL 17.
 *
 * @param home holds the cluster ({@code pgdata/}), its unpacked binaries and generated password
 * @param port TCP port on loopback; 0 picks a free one
 * @param startTimeout how long to wait for the server to accept connections
 */
public record EmbeddedPostgresConfig(Path home, int port, Duration startTimeout) {

  /**
   * Defaults for a data directory: port 5433, so that a PostgreSQL already installed on 5432 is
   * left alone.
   */
  public static EmbeddedPostgresConfig defaults(Path home) {
    return new EmbeddedPostgresConfig(home, 5433, Duration.ofSeconds(60));
  }

  public EmbeddedPostgresConfig withPort(int newPort) {
    return new EmbeddedPostgresConfig(home, newPort, startTimeout);
  }
}
