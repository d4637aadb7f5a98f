package io.nexusgraph.api.runs;

import static java.time.ZoneOffset.UTC;
import static org.assertj.core.api.Assertions.assertThat;

import io.nexusgraph.api.apikeys.Scope;
import io.nexusgraph.api.pipeline.RunInProgressException;
import io.nexusgraph.api.pipeline.RunLock;
import io.nexusgraph.api.runtime.Answer;
import io.nexusgraph.api.runtime.ApiServer;
import io.nexusgraph.api.runtime.Postgres;
import io.nexusgraph.api.runtime.Wipe;
import io.nexusgraph.testkit.Neo4jConnection;
import io.nexusgraph.testkit.NexusServers;
import io.nexusgraph.testkit.PostgresConnection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * {@code nexus serve} with {@code nexus.run.schedule} set (every second here): the started service
 * fires incremental runs on its own, and a firing while a run holds the run lock starts none.
 */
@ExtendWith(NexusServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunScheduleIT {

  private static final int WAIT_STEPS = 600;

  private ApiServer api;
  private DataSource dataSource;
  private RunRepository runs;
  private Instant served;

  @BeforeAll
  void serve(Neo4jConnection neo4j, PostgresConnection postgres) throws SQLException {
    served = Instant.now();
    System.setProperty("nexus.run.schedule", "* * * * * *");
    System.setProperty("nexus.run.schedule-zone", "UTC");
    try {
      api = new ApiServer(neo4j, postgres);
    } finally {
      System.clearProperty("nexus.run.schedule");
      System.clearProperty("nexus.run.schedule-zone");
    }
    dataSource = api.service().getBean(Postgres.class).dataSource();
    runs = api.service().getBean(RunRepository.class);
  }

  @AfterAll
  void stop() throws Exception {
    api.service().getBean(RunSchedule.class).stop();
    awaitRuns(
        all ->
            all.stream()
                .noneMatch(r -> !r.startedAt().isBefore(served) && r.status().equals(Run.RUNNING)));
    Wipe.all(dataSource, api.service().getBean(Driver.class));
    api.close();
  }

  @Test
  @Order(1)
  void theServedScheduleStartsIncrementalRunsOfItsOwn() throws Exception {
    Predicate<Run> scheduledAndDone =
        r -> !r.startedAt().isBefore(served) && r.status().equals(Run.SUCCEEDED);
    List<Run> all = awaitRuns(page -> page.stream().anyMatch(scheduledAndDone));

    Run run = all.stream().filter(scheduledAndDone).findFirst().orElseThrow();
    assertThat(run.kind()).isEqualTo("incremental");
    assertThat(run.error()).isNull();
    assertThat(api.service().getBean(RunSchedule.class).next()).isPresent();
  }

  @Test
  @Order(2)
  void infoShowsTheScheduleAndItsNextFiring() {
    Answer info = api.get("/info", api.key(Scope.READ));

    assertThat(info.status()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Object> runs = (Map<String, Object>) info.object().get("runs");
    assertThat(runs)
        .containsEntry("scheduled", true)
        .containsEntry("schedule", "* * * * * *")
        .containsEntry("zone", "UTC")
        .containsOnlyKeys("scheduled", "schedule", "zone", "next_at");
    assertThat(OffsetDateTime.parse((String) runs.get("next_at"))).isAfter(served.atOffset(UTC));
  }

  @Test
  @Order(3)
  void aFiringWhileARunIsInProgressStartsNone() throws Exception {
    RunSchedule schedule = api.service().getBean(RunSchedule.class);
    try (RunLock held = holdRunLock()) {
      long before = runs.count();

      Optional<RunView> fired = schedule.fire();

      assertThat(fired).isEmpty();
      assertThat(runs.count()).isEqualTo(before);
    }
  }

  /** Takes the run lock between two scheduled runs. */
  private RunLock holdRunLock() throws InterruptedException {
    for (int i = 0; i < WAIT_STEPS; i++) {
      try {
        return RunLock.acquire(dataSource);
      } catch (RunInProgressException e) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the run lock stayed taken");
  }

  private List<Run> awaitRuns(Predicate<List<Run>> condition) throws InterruptedException {
    for (int i = 0; i < WAIT_STEPS; i++) {
      List<Run> all = runs.page(null, 200);
      if (condition.test(all)) {
        return all;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("runs never met the condition: " + runs.page(null, 200));
  }
}
