package io.nexusgraph.api.runtime;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/** The one Neo4j driver of the service, logged in as {@link Servers} says. */
@Factory
@Requires(beans = Servers.class)
final class Neo4jDriverFactory {

  @Singleton
  @Bean(preDestroy = "close")
  Driver driver(Servers servers) {
    Neo4jLogin login = servers.neo4j();
    return GraphDatabase.driver(
        login.uri(),
        AuthTokens.basic(login.user(), login.password()),
        Config.builder().withLogging(Logging.slf4j()).build());
  }
}
