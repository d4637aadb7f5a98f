package io.nexusgraph.bench.servers;

import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.SessionConfig;

/**
 * A driver the bench hands out once and can replace underneath: after a bulk import the server
 * holds a new database whose transaction ids start again, and a driver that saw the old one keeps
 * bookmarks the new one never reaches (its managed queries would wait for them and fail). {@link
 * #renew()} closes the current driver and connects a new one; every holder of this object follows.
 */
final class RenewableDriver implements Driver {

  private final Supplier<Driver> connect;
  private volatile Driver current;

  RenewableDriver(Supplier<Driver> connect) {
    this.connect = connect;
    this.current = connect.get();
  }

  synchronized void renew() {
    Driver old = current;
    current = connect.get();
    old.close();
  }

  @Override
  public ExecutableQuery executableQuery(String query) {
    return current.executableQuery(query);
  }

  @Override
  public BookmarkManager executableQueryBookmarkManager() {
    return current.executableQueryBookmarkManager();
  }

  @Override
  public boolean isEncrypted() {
    return current.isEncrypted();
  }

  @Override
  public <T extends BaseSession> T session(
      Class<T> sessionClass, SessionConfig sessionConfig, AuthToken sessionAuthToken) {
    return current.session(sessionClass, sessionConfig, sessionAuthToken);
  }

  @Override
  public void close() {
    current.close();
  }

  @Override
  public CompletionStage<Void> closeAsync() {
    return current.closeAsync();
  }

  @Override
  public void verifyConnectivity() {
    current.verifyConnectivity();
  }

  @Override
  public CompletionStage<Void> verifyConnectivityAsync() {
    return current.verifyConnectivityAsync();
  }

  @Override
  public boolean verifyAuthentication(AuthToken authToken) {
    return current.verifyAuthentication(authToken);
  }

  @Override
  public boolean supportsSessionAuth() {
    return current.supportsSessionAuth();
  }

  @Override
  public boolean supportsMultiDb() {
    return current.supportsMultiDb();
  }

  @Override
  public CompletionStage<Boolean> supportsMultiDbAsync() {
    return current.supportsMultiDbAsync();
  }
}
