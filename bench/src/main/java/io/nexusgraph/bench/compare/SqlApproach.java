package io.nexusgraph.bench.compare;

import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.nexusgraph.ingest.eventlog.IdentifierObservation;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Identity stitching as warehouses do it, on the same PostgreSQL: load the observations, build
 * edges by a self-join on edge_id, then propagate the minimum label along edges hop by hop — first
 * for a fixed number of hops, then on until nothing changes. The statements are the files under
 * {@code sql/}.
 */
public final class SqlApproach {

  /**
   * @param loadMillis COPY of the observations
   * @param edgesMillis integer ids and the self-join
   * @param hopMillis each hop, in order (the last one changed nothing)
   * @param boundedMillis edges + label init + the bounded hops
   * @param convergedMillis edges + label init + every hop to convergence
   * @param readMillis reading the converged labels back with each identifier's key
   * @param bounded partitions after the bounded hops
   * @param converged partitions at convergence
   */
  public record Result(
      long observations,
      long nodes,
      long edges,
      long loadMillis,
      long edgesMillis,
      long initMillis,
      List<Long> hopMillis,
      List<Long> hopUpdates,
      int boundedHops,
      long boundedMillis,
      int convergedHops,
      long convergedMillis,
      long readMillis,
      Map<EntityKind, Partition> bounded,
      Map<EntityKind, Partition> converged) {}

  private static final int COPY_CHUNK_ROWS = 20_000;

  private final DataSource dataSource;
  private final SqlSettings settings;

  public SqlApproach(DataSource dataSource, SqlSettings settings) {
    this.dataSource = dataSource;
    this.settings = settings;
  }

  public Result run(Evidence evidence) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement s = c.prepareStatement(SqlFile.load("session").single())) {
        s.setString(1, settings.workMem());
        s.execute();
      }
      execute(c, "schema");
      long t0 = System.nanoTime();
      copy(c, evidence);
      long t1 = System.nanoTime();
      execute(c, "edges");
      long t2 = System.nanoTime();
      execute(c, "labels-init");
      long t3 = System.nanoTime();
      String hop = SqlFile.load("label-hop").single();
      List<Long> hopMillis = new ArrayList<>();
      List<Long> hopUpdates = new ArrayList<>();
      Map<EntityKind, Partition> bounded = null;
      long boundedNanos = 0;
      long hopsNanos = 0;
      while (true) {
        long h0 = System.nanoTime();
        int updated;
        try (Statement s = c.createStatement()) {
          updated = s.executeUpdate(hop);
        }
        long took = System.nanoTime() - h0;
        hopsNanos += took;
        hopMillis.add(took / 1_000_000);
        hopUpdates.add((long) updated);
        if (hopMillis.size() == settings.boundedHops()) {
          boundedNanos = hopsNanos;
          bounded = partitions(c);
        }
        if (updated == 0) {
          break;
        }
        if (hopMillis.size() >= settings.maxHops()) {
          throw new IllegalStateException(
              "SQL label propagation did not converge within " + settings.maxHops() + " hops");
        }
      }
      if (bounded == null) {
        // converged before the bounded hop count: the bounded run would stop at the same labels
        boundedNanos = hopsNanos;
        bounded = partitions(c);
      }
      long r0 = System.nanoTime();
      Map<EntityKind, Partition> converged = partitions(c);
      long readNanos = System.nanoTime() - r0;
      long[] counts = counts(c);
      execute(c, "drop");
      long setup = (t2 - t1) + (t3 - t2);
      return new Result(
          counts[0],
          counts[1],
          counts[2],
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (t3 - t2) / 1_000_000,
          hopMillis,
          hopUpdates,
          Math.min(settings.boundedHops(), hopMillis.size()),
          (setup + boundedNanos) / 1_000_000,
          // hops that changed labels; the last, empty hop is the convergence check
          hopMillis.size() - 1,
          (setup + hopsNanos) / 1_000_000,
          readNanos / 1_000_000,
          bounded,
          converged);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "SQL approach failed on PostgreSQL: " + e.getMessage() + " (see sql/*.sql)", e);
    }
  }

  private static void execute(Connection c, String file) throws SQLException {
    for (String statement : SqlFile.load(file).statements()) {
      try (Statement s = c.createStatement()) {
        s.execute(statement);
      }
    }
  }

  private static void copy(Connection c, Evidence evidence) throws SQLException {
    CopyIn in =
        c.unwrap(PGConnection.class).getCopyAPI().copyIn(SqlFile.load("observation-copy").single());
    try {
      StringBuilder chunk = new StringBuilder();
      int rows = 0;
      for (IdentifierObservation o : evidence.observations()) {
        chunk
            .append(o.entityKind().columnValue())
            .append('\t')
            .append(escape(o.identifierType()))
            .append('\t')
            .append(escape(o.identifierValue()))
            .append('\t')
            .append(escape(o.edgeId()))
            .append('\t')
            .append(o.linkable() ? 't' : 'f')
            .append('\n');
        if (++rows % COPY_CHUNK_ROWS == 0) {
          write(in, chunk);
        }
      }
      write(in, chunk);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  private static void write(CopyIn in, StringBuilder chunk) throws SQLException {
    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
    in.writeToCopy(bytes, 0, bytes.length);
    chunk.setLength(0);
  }

  /** COPY text format: backslash, tab, newline and carriage return are escaped. */
  static String escape(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private static Map<EntityKind, Partition> partitions(Connection c) throws SQLException {
    Map<EntityKind, Partition> out = new EnumMap<>(EntityKind.class);
    String read = SqlFile.load("labels-read").single();
    for (EntityKind kind : EntityKind.values()) {
      Map<IdentifierKey, String> labels = new HashMap<>();
      try (PreparedStatement s = c.prepareStatement(read)) {
        s.setString(1, kind.columnValue());
        s.setFetchSize(10_000);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            labels.put(new IdentifierKey(r.getString(1), r.getString(2)), "sql:" + r.getLong(3));
          }
        }
      }
      out.put(kind, new Partition(labels));
    }
    return out;
  }

  private static long[] counts(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(SqlFile.load("counts").single())) {
      r.next();
      return new long[] {r.getLong(1), r.getLong(2), r.getLong(3)};
    }
  }
}
