package io.nexusgraph.api.apikeys;

import io.micronaut.context.ApplicationContext;
import io.nexusgraph.api.runtime.Servers;
import io.nexusgraph.api.runtime.ServersStarter;
import io.nexusgraph.api.runtime.ServiceContext;
import jakarta.inject.Singleton;
import java.util.function.Function;

/**
 * {@link ApiKeys} for {@code nexus apikey}: brings the servers up (or connects to the external
 * ones), runs one operation against the service's database, and takes them down again. With the
 * embedded servers this cannot run while {@code nexus serve} holds them; the admin endpoints under
 * {@code /v1/apikeys} do the same on a running service.
 */
@Singleton
public final class StandaloneApiKeys {

  private final ServersStarter starter;

  StandaloneApiKeys(ServersStarter starter) {
    this.starter = starter;
  }

  public <T> T apply(Function<ApiKeys, T> operation) {
    try (Servers servers = starter.start();
        ApplicationContext service = ServiceContext.start(servers)) {
      return operation.apply(service.getBean(ApiKeys.class));
    }
  }
}
