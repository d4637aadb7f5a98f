package io.nexusgraph.api.problem;

import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No PostgreSQL connection came free in time (more requests than the pool serves, or the database
 * is down) as 503 with {@code Retry-After}, so an overloaded service answers at once what a client
 * can act on: retry later. Without it the wait ends in a 500 after the pool's timeout. The log says
 * so once per {@link #LOG_EVERY} at most, so an overload does not also flood the log.
 */
@Singleton
final class DatabaseBusyProblems
    implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<?>> {

  static final String DETAIL =
      "The service is busy: no database connection came free in time. Retry in a second.";
  static final Duration LOG_EVERY = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseBusyProblems.class);

  private final AtomicLong lastLogged = new AtomicLong(Long.MIN_VALUE);

  @Override
  public HttpResponse<?> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
    long now = System.nanoTime();
    long last = lastLogged.get();
    if ((last == Long.MIN_VALUE || now - last >= LOG_EVERY.toNanos())
        && lastLogged.compareAndSet(last, now)) {
      LOG.warn("Answering 503: {}", exception.getMessage());
    }
    HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
    return HttpResponse.status(status)
        .header(HttpHeaders.RETRY_AFTER, "1")
        .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
        .body(
            new Problem(
                "about:blank",
                status.getReason(),
                status.getCode(),
                DETAIL,
                request.getPath(),
                List.of()));
  }
}
