package io.nexusgraph.api.runtime;

import io.micronaut.runtime.server.EmbeddedServer;
import java.net.BindException;

/** Starts the HTTP server, naming the port when it is taken. */
final class HttpStart {

  private HttpStart() {}

  static void start(EmbeddedServer http) {
    try {
      http.start();
    } catch (RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException) {
          throw new ServerUnavailableException(
              "API: cannot listen on "
                  + http.getHost()
                  + ":"
                  + http.getPort()
                  + " ("
                  + t.getMessage()
                  + "): stop what uses it or choose another port with NEXUS_API_PORT.",
              e);
        }
      }
      throw e;
    }
  }
}
