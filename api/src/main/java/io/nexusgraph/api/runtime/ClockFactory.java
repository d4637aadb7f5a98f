package io.nexusgraph.api.runtime;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock every time-stamping bean uses; tests replace it to stay deterministic. */
@Factory
final class ClockFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
