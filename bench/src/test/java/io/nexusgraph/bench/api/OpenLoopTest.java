package io.nexusgraph.bench.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generator against a local JDK HTTP server that answers {@code /status/<code>}. */
class OpenLoopTest {

  private static final CpuSpent CPU = new CpuSpent(1.5, 0.25);

  private HttpServer server;
  private HttpClient http;
  private volatile long delayMillis;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext(
        "/status/",
        exchange -> {
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          int status = Integer.parseInt(exchange.getRequestURI().getPath().substring(8));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterEach
  void stop() {
    http.close();
    server.stop(0);
  }

  @Test
  void sendsRateTimesDurationRequestsAndSortsTheAnswers() {
    OpenLoop loop = new OpenLoop(http, 64, Duration.ofSeconds(10));

    // i % 10 == 9: 500; else even: 200, odd: 404
    LookupResult r =
        loop.run(
                200,
                Duration.ofMillis(500),
                i -> request(i % 10 == 9 ? 500 : i % 2 == 0 ? 200 : 404))
            .result(200, Duration.ofMillis(500), CPU);

    assertThat(r.sent()).isEqualTo(100);
    assertThat(r.found()).isEqualTo(50);
    assertThat(r.notFound()).isEqualTo(40);
    assertThat(r.errors()).isEqualTo(10);
    assertThat(r.latency().count()).isEqualTo(100);
    assertThat(r.targetRate()).isEqualTo(200);
    assertThat(r.seconds()).isEqualTo(0.5);
    assertThat(r.achievedPerSecond()).isPositive();
    assertThat(r.cpu()).isEqualTo(CPU);
  }

  @Test
  void noAnswerIsAnError() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    OpenLoop loop = new OpenLoop(http, 8, Duration.ofSeconds(10));
    Duration half = Duration.ofMillis(500);

    LookupResult r = loop.run(10, half, i -> request(closed, 200)).result(10, half, CPU);

    assertThat(r.sent()).isEqualTo(5);
    assertThat(r.errors()).isEqualTo(5);
    assertThat(r.found() + r.notFound()).isZero();
  }

  /**
   * One request in flight at most and 40 ms per answer: request 29 is due at 290 ms but cannot be
   * sent before the 29 before it are answered (at least 1160 ms), so its latency, counted from when
   * it was due, is at least 1200 - 290 = 910 ms, although no answer took longer than about 40 ms
   * from its sending. A closed-loop measurement would report about 40 ms.
   */
  @Test
  void latencyRunsFromTheScheduledTimeWhenSendingFallsBehind() {
    delayMillis = 40;
    OpenLoop loop = new OpenLoop(http, 1, Duration.ofSeconds(10));

    LookupResult r =
        loop.run(100, Duration.ofMillis(300), i -> request(200))
            .result(100, Duration.ofMillis(300), CPU);

    assertThat(r.found()).isEqualTo(30);
    assertThat(r.latency().maxMs()).isGreaterThanOrEqualTo(910);
  }

  private HttpRequest request(int status) {
    return request(server.getAddress().getPort(), status);
  }

  private static HttpRequest request(int port, int status) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/status/" + status))
        .timeout(Duration.ofSeconds(10))
        .build();
  }
}
