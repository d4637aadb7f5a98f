package io.nexusgraph.api.runtime;

import io.micronaut.core.annotation.Nullable;

/**
 * How the service logs in to PostgreSQL.
 *
 * @param passwordFile where the embedded server's generated password is kept, else null
 */
public record JdbcLogin(String url, String user, String password, @Nullable String passwordFile) {

  @Override
  public String toString() {
    return "JdbcLogin[url=" + url + ", user=" + user + "]";
  }
}
