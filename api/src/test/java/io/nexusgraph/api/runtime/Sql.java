package io.nexusgraph.api.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Runs fixture SQL against the test database. */
public final class Sql {

  private Sql() {}

  /** Runs a SQL script from the test class path (statements end with ';' at a line end). */
  public static void script(DataSource dataSource, String resource) {
    String text;
    try (InputStream in = Sql.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : text.split(";\\s*\\n")) {
        String trimmed = sql.strip();
        if (!trimmed.isEmpty() && !trimmed.lines().allMatch(l -> l.strip().startsWith("--"))) {
          statement.execute(trimmed);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(resource + ": " + e.getMessage(), e);
    }
  }

  /** One statement; a {@code String[]} parameter is bound as a text array. */
  public static int run(DataSource dataSource, String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i] instanceof String[] values) {
          Array array = connection.createArrayOf("text", values);
          statement.setArray(i + 1, array);
        } else {
          statement.setObject(i + 1, parameters[i]);
        }
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
