package io.nexusgraph.api.runs;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.scheduling.cron.CronExpression;
import io.nexusgraph.api.pipeline.RunInProgressException;
import io.nexusgraph.api.runtime.Servers;
import io.nexusgraph.ingest.ConfigException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incremental runs on a cron schedule inside {@code nexus serve} ({@code nexus.run.schedule},
 * NEXUS_RUN_SCHEDULE): each firing starts a run the way {@code POST /v1/runs} does, so the nights
 * run on servers that stay up and warm instead of a new process each night. A firing while a run is
 * in progress is skipped (logged); a failed run is recorded in its {@code runs} row and the
 * schedule goes on. Only a started HTTP server (that is, {@code serve}) starts the schedule: the
 * other commands share the service's beans but never fire. Created with the context, so a bad
 * setting stops every command before it does anything ({@link ConfigException}, exit code 2); the
 * run service itself is only created when a firing needs it.
 */
@Context
@Requires(beans = Servers.class)
final class RunSchedule {

  private static final Logger LOG = LoggerFactory.getLogger(RunSchedule.class);

  private final BeanProvider<RunService> runs;
  private final TaskScheduler scheduler;
  private final Clock clock;
  private final Schedule schedule;
  private ScheduledFuture<?> timer;

  RunSchedule(
      BeanProvider<RunService> runs,
      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
      Clock clock,
      @Nullable @Value("${nexus.run.schedule:}") String cron,
      @Nullable @Value("${nexus.run.schedule-zone:}") String zone) {
    this.runs = runs;
    this.scheduler = scheduler;
    this.clock = clock;
    this.schedule = Schedule.parse(cron, zone);
  }

  /** A cron expression in a time zone; none when the setting is blank. */
  record Schedule(CronExpression cron, ZoneId zone) {

    static Schedule parse(@Nullable String cron, @Nullable String zone) {
      if (cron == null || cron.isBlank()) {
        return null;
      }
      ZoneId zoneId;
      try {
        zoneId = zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip());
      } catch (DateTimeException e) {
        throw new ConfigException(
            "nexus.run.schedule-zone (NEXUS_RUN_SCHEDULE_ZONE): '"
                + zone
                + "' is not a time zone (e.g. UTC, Europe/Berlin)",
            e);
      }
      try {
        return new Schedule(CronExpression.create(cron.strip()), zoneId);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            "nexus.run.schedule (NEXUS_RUN_SCHEDULE): '"
                + cron
                + "' is not a cron expression ("
                + e.getMessage()
                + "); e.g. '0 2 * * *' for 02:00 every day",
            e);
      }
    }

    /** The first firing after {@code now}. */
    ZonedDateTime nextAfter(Clock now) {
      return cron.nextTimeAfter(ZonedDateTime.now(now.withZone(zone)));
    }
  }

  /** The schedule, when one is set. */
  Optional<Schedule> schedule() {
    return Optional.ofNullable(schedule);
  }

  /** The next firing, when a schedule is set. */
  Optional<ZonedDateTime> next() {
    return Optional.ofNullable(schedule).map(s -> s.nextAfter(clock));
  }

  @EventListener
  void onServerStartup(ServerStartupEvent event) {
    start();
  }

  /** Starts firing on the schedule (nothing when none is set, or when already started). */
  synchronized void start() {
    if (schedule == null || timer != null) {
      return;
    }
    timer =
        scheduler.schedule(schedule.cron().getExpression(), schedule.zone().getId(), this::fire);
    LOG.info(
        "Incremental runs scheduled by '{}' ({}): next at {}",
        schedule.cron().getExpression(),
        schedule.zone(),
        nextText());
  }

  /**
   * Starts an incremental run; empty when one is already in progress (the firing is skipped) or the
   * run could not begin. Never throws: the schedule must outlive a bad night.
   */
  Optional<RunView> fire() {
    try {
      RunView run = runs.get().start("incremental");
      LOG.info("Scheduled run {} started; next at {}", run.runId(), nextText());
      return Optional.of(run);
    } catch (RunInProgressException e) {
      LOG.warn("Scheduled run skipped: {}; next at {}", e.getMessage(), nextText());
    } catch (RuntimeException e) {
      LOG.error("Scheduled run could not start: {}; next at {}", e.toString(), nextText());
    }
    return Optional.empty();
  }

  /** The next firing with its zone's offset, e.g. {@code 2026-11-25T02:00+01:00}. */
  private String nextText() {
    return next().map(at -> at.toOffsetDateTime().toString()).orElse("never");
  }

  @PreDestroy
  synchronized void stop() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
