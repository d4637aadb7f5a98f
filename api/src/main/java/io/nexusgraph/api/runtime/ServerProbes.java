package io.nexusgraph.api.runtime;

import io.nexusgraph.graph.server.GdsMissingException;
import io.nexusgraph.graph.server.GraphServerInfo;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.postgresql.util.PSQLState;

/** Checks that a server answers and accepts the login, turning failures into one clear line. */
final class ServerProbes {

  private static final int TIMEOUT_SECONDS = 10;

  private ServerProbes() {}

  static GraphServerInfo neo4j(Neo4jLogin login, String settingsHint) {
    Config config =
        Config.builder()
            .withLogging(Logging.none())
            .withConnectionTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .withMaxTransactionRetryTime(0, TimeUnit.SECONDS)
            .build();
    try (Driver driver =
        GraphDatabase.driver(
            login.uri(), AuthTokens.basic(login.user(), login.password()), config)) {
      driver.verifyConnectivity();
      return GraphServerInfo.read(driver);
    } catch (AuthenticationException e) {
      throw new ServerUnavailableException(
          "Neo4j at "
              + login.uri()
              + " rejected the login of user '"
              + login.user()
              + "': check "
              + settingsHint
              + ".",
          e);
    } catch (GdsMissingException e) {
      throw new ServerUnavailableException("Neo4j at " + login.uri() + ": " + e.getMessage(), e);
    } catch (Neo4jException | IllegalArgumentException e) {
      throw new ServerUnavailableException(
          "Neo4j at "
              + login.uri()
              + " is unreachable ("
              + rootMessage(e)
              + "): check NEXUS_NEO4J_URI and that the server runs and accepts Bolt connections.",
          e);
    }
  }

  static String postgres(JdbcLogin login, String settingsHint) {
    Properties properties = new Properties();
    properties.setProperty("user", login.user());
    properties.setProperty("password", login.password());
    properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
    properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
    try (Connection connection = DriverManager.getConnection(login.url(), properties);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SHOW server_version")) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      boolean login401 =
          PSQLState.INVALID_PASSWORD.getState().equals(e.getSQLState())
              || "28000".equals(e.getSQLState());
      throw new ServerUnavailableException(
          "PostgreSQL at "
              + login.url()
              + (login401
                  ? " rejected the login of user '" + login.user() + "': check " + settingsHint
                  : " is unreachable ("
                      + rootMessage(e)
                      + "): check NEXUS_JDBC_URL and that the server runs and accepts connections")
              + ".",
          e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse(message).strip();
  }
}
