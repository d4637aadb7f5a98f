package io.nexusgraph.api.runtime;

import io.micronaut.core.annotation.Nullable;

/**
 * How the service logs in to Neo4j.
 *
 * @param browserUrl the Neo4j Browser address when the server is the embedded one, else null
 */
public record Neo4jLogin(String uri, String user, String password, @Nullable String browserUrl) {

  @Override
  public String toString() {
    return "Neo4jLogin[uri=" + uri + ", user=" + user + "]";
  }
}
