package io.nexusgraph.ingest.mapping;

import io.nexusgraph.ingest.ConfigException;
import io.nexusgraph.ingest.SourceUnreadableException;
import io.nexusgraph.ingest.source.Checkpoint;
import io.nexusgraph.ingest.source.IngestContext;
import io.nexusgraph.ingest.source.ReadResult;
import io.nexusgraph.ingest.source.RecordWriter;
import io.nexusgraph.ingest.source.SourceAdapter;
import io.nexusgraph.ingest.source.SourcePosition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A JDBC query mapped by a {@link MappingSpec}, on plain {@code java.sql}. Rows are streamed with a
 * fetch size inside a read-only transaction (PostgreSQL only streams with autocommit off). A {@code
 * ?} in the query is bound to the watermark so the next run reads only newer rows.
 */
final class JdbcSource implements SourceAdapter {
  private final MappingSpec spec;
  private final RowMapper mapper;
  private final Function<String, String> environment;

  JdbcSource(MappingSpec spec, Function<String, String> environment) {
    this.spec = spec;
    this.mapper = new RowMapper(spec);
    this.environment = environment;
  }

  @Override
  public ReadResult read(Checkpoint from, IngestContext ctx) {
    MappingSpec.JdbcSpec jdbc = spec.jdbc();
    String password = password(jdbc);
    Checkpoint cp = from;
    try (Connection c = DriverManager.getConnection(jdbc.url(), jdbc.user(), password)) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try (PreparedStatement st = c.prepareStatement(jdbc.query())) {
        st.setFetchSize(jdbc.fetchSize());
        if (st.getParameterMetaData().getParameterCount() == 1) {
          Instant since = from.watermark() == null ? Instant.EPOCH : from.watermark();
          st.setTimestamp(1, Timestamp.from(since));
        }
        try (ResultSet rs = st.executeQuery()) {
          cp = readRows(rs, cp, ctx);
        }
      }
      c.rollback();
    } catch (SQLException e) {
      throw new SourceUnreadableException(
          "query of mapping '"
              + spec.name()
              + "' failed: "
              + e.getMessage()
              + "; check jdbc.url, credentials and the query",
          e);
    }
    return new ReadResult(cp, ctx.counts());
  }

  /** The password from the variable named by {@code password_env}; null when none is named. */
  private String password(MappingSpec.JdbcSpec jdbc) {
    if (jdbc.passwordEnv() == null) {
      return null;
    }
    String password = environment.apply(jdbc.passwordEnv());
    if (password == null) {
      throw new ConfigException(
          "mapping '"
              + spec.name()
              + "': jdbc.password_env names the environment variable "
              + jdbc.passwordEnv()
              + ", which is not set; set it to the database password, or remove password_env"
              + " if the database needs none");
    }
    return password;
  }

  private Checkpoint readRows(ResultSet rs, Checkpoint cp, IngestContext ctx) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    String watermarkColumn =
        spec.event().watermark() != null ? spec.event().watermark() : spec.event().occurredAt();
    long n = 0;
    while (rs.next()) {
      n++;
      // Column order, not hash order: the row's text is the reject excerpt and feeds the event id.
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        Object v = rs.getObject(i);
        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), v == null ? null : cell(v));
      }
      String id = spec.event().recordId() == null ? null : row.get(lower(spec.event().recordId()));
      SourcePosition pos = SourcePosition.record(spec.name(), id != null ? id : "row " + n);
      RecordWriter out = ctx.begin(pos, row.toString());
      mapper.map(column -> row.get(lower(column)), out);
      out.commit();
      String mark = row.get(lower(watermarkColumn));
      if (mark != null) {
        cp = cp.withWatermark(ctx.timestamps().parse(mark).value());
      }
    }
    return cp;
  }

  private static String cell(Object v) {
    if (v instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    if (v instanceof java.time.OffsetDateTime o) {
      return o.toInstant().toString();
    }
    return v.toString();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
