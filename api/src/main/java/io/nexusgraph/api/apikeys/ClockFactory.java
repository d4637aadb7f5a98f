package io.nexusgraph.api.apikeys;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The service's clock: UTC system time. Secondary, so a test (or another module) that provides its
 * own {@link Clock} bean replaces it without a conflict.
 */
@Factory
final class ClockFactory {

  @Singleton
  @Secondary
  Clock clock() {
    return Clock.systemUTC();
  }
}
