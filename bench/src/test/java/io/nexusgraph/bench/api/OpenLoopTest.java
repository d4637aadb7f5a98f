package io.nexusgraph.bench.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generator and its HTTP connections against a local JDK HTTP server that answers {@code
 * /status/<code>} after {@code delayMillis}.
 */
class OpenLoopTest {

  private static final CpuSpent CPU = new CpuSpent(1.5, 0.5, 0.25);
  private static final String KEY = "nxk_0123456789abcdef_secret";

  private HttpServer server;
  private volatile long delayMillis;
  private final Set<InetSocketAddress> clients = ConcurrentHashMap.newKeySet();
  private final AtomicInteger withKey = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/status/",
        exchange -> {
          try {
            Thread.sleep(delayMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          clients.add(exchange.getRemoteAddress());
          if (KEY.equals(exchange.getRequestHeaders().getFirst("X-API-Key"))) {
            withKey.incrementAndGet();
          }
          int status = Integer.parseInt(exchange.getRequestURI().getPath().substring(8));
          byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void sendsRateTimesDurationRequestsWithTheKeyAndSortsTheAnswers() {
    LookupResult r;
    try (LoopbackHttp http = http(Duration.ofSeconds(10))) {
      OpenLoop loop = new OpenLoop(64, Duration.ofSeconds(10));
      // i % 10 == 9: 500; else even: 200, odd: 404
      r =
          loop.run(
                  200,
                  Duration.ofMillis(500),
                  (i, done) -> http.get(path(i % 10 == 9 ? 500 : i % 2 == 0 ? 200 : 404), done))
              .result(200, Duration.ofMillis(500), CPU);
    }

    assertThat(r.sent()).isEqualTo(100);
    assertThat(r.found()).isEqualTo(50);
    assertThat(r.notFound()).isEqualTo(40);
    assertThat(r.errors()).isEqualTo(10);
    assertThat(r.latency().count()).isEqualTo(100);
    assertThat(r.targetRate()).isEqualTo(200);
    assertThat(r.seconds()).isEqualTo(0.5);
    assertThat(r.achievedPerSecond()).isPositive();
    assertThat(r.cpu()).isEqualTo(CPU);
    assertThat(withKey).hasValue(100);
  }

  @Test
  void oneRequestInFlightAtATimeReusesOneConnection() {
    LookupResult r;
    try (LoopbackHttp http = http(Duration.ofSeconds(10))) {
      r =
          new OpenLoop(1, Duration.ofSeconds(10))
              .run(100, Duration.ofMillis(200), (i, done) -> http.get(path(200), done))
              .result(100, Duration.ofMillis(200), CPU);
    }

    assertThat(r.found()).isEqualTo(20);
    assertThat(clients).hasSize(1);
  }

  @Test
  void noAnswerIsAnError() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    Duration half = Duration.ofMillis(500);
    LookupResult r;
    try (LoopbackHttp http = new LoopbackHttp(closed, KEY, Duration.ofSeconds(10))) {
      r =
          new OpenLoop(8, Duration.ofSeconds(10))
              .run(10, half, (i, done) -> http.get(path(200), done))
              .result(10, half, CPU);
    }

    assertThat(r.sent()).isEqualTo(5);
    assertThat(r.errors()).isEqualTo(5);
    assertThat(r.found() + r.notFound()).isZero();
  }

  @Test
  void anAnswerLaterThanTheTimeoutIsAnError() {
    delayMillis = 1_000;
    Duration tenth = Duration.ofMillis(100);
    LookupResult r;
    try (LoopbackHttp http = http(Duration.ofMillis(100))) {
      r =
          new OpenLoop(8, Duration.ofMillis(100))
              .run(30, tenth, (i, done) -> http.get(path(200), done))
              .result(30, tenth, CPU);
    }

    assertThat(r.sent()).isEqualTo(3);
    assertThat(r.errors()).isEqualTo(3);
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
    LookupResult r;
    try (LoopbackHttp http = http(Duration.ofSeconds(10))) {
      r =
          new OpenLoop(1, Duration.ofSeconds(10))
              .run(100, Duration.ofMillis(300), (i, done) -> http.get(path(200), done))
              .result(100, Duration.ofMillis(300), CPU);
    }

    assertThat(r.found()).isEqualTo(30);
    assertThat(r.latency().maxMs()).isGreaterThanOrEqualTo(910);
  }

  private LoopbackHttp http(Duration timeout) {
    return new LoopbackHttp(server.getAddress().getPort(), KEY, timeout);
  }

  private static String path(int status) {
    return "/status/" + status;
  }
}
