package io.nexusgraph.api.runs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.MapPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.management.endpoint.info.InfoSource;
import io.nexusgraph.api.runtime.Servers;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * {@code GET /info}: whether the service runs on a schedule ({@code runs.scheduled}), and if so its
 * expression, zone and next firing ({@code runs.next_at}, with the zone's offset).
 */
@Singleton
@Requires(beans = Servers.class)
final class ScheduleInfoSource implements InfoSource {

  private final RunSchedule schedule;

  ScheduleInfoSource(RunSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public Publisher<PropertySource> getSource() {
    Map<String, Object> runs =
        schedule
            .schedule()
            .<Map<String, Object>>map(
                s ->
                    Map.of(
                        "scheduled", true,
                        "schedule", s.cron().getExpression(),
                        "zone", s.zone().getId(),
                        "next_at", schedule.next().orElseThrow().toOffsetDateTime().toString()))
            .orElse(Map.of("scheduled", false));
    return Publishers.just(new MapPropertySource("runs", Map.of("runs", runs)));
  }
}
