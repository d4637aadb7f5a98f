package io.nexusgraph.api.runtime;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code nexus serve}: servers up, service up, addresses printed, then runs until the JVM is asked
 * to stop (Ctrl-C, SIGTERM), when it stops the API, the service and the embedded servers in turn.
 */
@Singleton
public final class ServeService {

  private static final Logger LOG = LoggerFactory.getLogger(ServeService.class);

  private final ServersStarter starter;
  private final ServerSettings settings;

  ServeService(ServersStarter starter, ServerSettings settings) {
    this.starter = starter;
    this.settings = settings;
  }

  public void serveUntilStopped() {
    serveUntilStopped(ServeExtras.NONE);
  }

  /** Like {@link #serveUntilStopped()}, with a command's {@link ServeExtras}. */
  public void serveUntilStopped(ServeExtras extras) {
    Running running = start(extras);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.stop();
                  stopped.countDown();
                },
                "nexus-stop"));
    String url = running.http().getURL().toString();
    Banner.print(System.out, url, running.servers(), settings);
    System.out.print(extras.banner(running.service(), url));
    System.out.println("\nPress Ctrl-C to stop.");
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts servers, service and HTTP; whatever started is stopped again if a later step fails. */
  Running start() {
    return start(ServeExtras.NONE);
  }

  private Running start(ServeExtras extras) {
    Servers servers = starter.start();
    ApplicationContext service = null;
    try {
      service = ServiceContext.start(servers);
      EmbeddedServer http = service.getBean(EmbeddedServer.class);
      extras.beforeHttp(service);
      HttpStart.start(http);
      return new Running(servers, service, http);
    } catch (RuntimeException e) {
      if (service != null) {
        service.close();
      }
      servers.close();
      throw e;
    }
  }

  /** What {@code serve} runs; {@link #stop()} takes it down in reverse order. */
  record Running(Servers servers, ApplicationContext service, EmbeddedServer http) {

    void stop() {
      LOG.info("Stopping Nexus Graph");
      http.stop();
      service.close();
      servers.close();
    }
  }
}
