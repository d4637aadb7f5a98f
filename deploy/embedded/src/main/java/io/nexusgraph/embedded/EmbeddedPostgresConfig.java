package io.nexusgraph.embedded;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the embedded PostgreSQL 17.
 *
 * @param home holds the cluster ({@code pgdata/}), its unpacked binaries and generated password
 * @param port TCP port on loopback; 0 picks a free one
 * @param startTimeout how long to wait for the server to accept connections
 * @param sharedBuffers PostgreSQL's {@code shared_buffers}: its own page cache. The event log's
 *     indexes take random inserts (ids are hashes), so each posted batch touches pages all over
 *     them; once they outgrow this cache, backends write dirty pages out to make room
 * @param maxWalSize {@code max_wal_size}: WAL written between two checkpoints before one is forced.
 *     The first change to a page after a checkpoint writes the whole page to the WAL (10,000 posted
 *     events: ~120 MB of WAL right after one, ~23 MB otherwise), so sustained ingest wants
 *     checkpoints rare; crash recovery replays at most about this much
 * @param checkpointTimeout {@code checkpoint_timeout}: the longest time between checkpoints
 */
public record EmbeddedPostgresConfig(
    Path home,
    int port,
    Duration startTimeout,
    String sharedBuffers,
    String maxWalSize,
    Duration checkpointTimeout) {

  /**
   * Defaults for a data directory: port 5433, so that a PostgreSQL already installed on 5432 is
   * left alone; 512 MB of shared buffers (PostgreSQL's default is 128 MB), checkpoints every 15
   * minutes or 2 GB of WAL (PostgreSQL: 5 minutes or 1 GB).
   */
  public static EmbeddedPostgresConfig defaults(Path home) {
    return new EmbeddedPostgresConfig(
        home, 5433, Duration.ofSeconds(60), "512MB", "2GB", Duration.ofMinutes(15));
  }

  public EmbeddedPostgresConfig withPort(int newPort) {
    return new EmbeddedPostgresConfig(
        home, newPort, startTimeout, sharedBuffers, maxWalSize, checkpointTimeout);
  }
}
