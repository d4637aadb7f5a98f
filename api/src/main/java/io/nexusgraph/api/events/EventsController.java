package io.nexusgraph.api.events;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.nexusgraph.api.problem.ProblemException;

/** {@code POST /v1/events}: events in the event-log contract, resolved by the next run. */
@Controller("/v1/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("write")
final class EventsController {

  private final EventIntake intake;

  EventsController(EventIntake intake) {
    this.intake = intake;
  }

  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  IntakeResult post(@Body String body) {
    try {
      return intake.accept(body);
    } catch (BadEventsException e) {
      throw ProblemException.invalid("body", e.getMessage());
    }
  }
}
