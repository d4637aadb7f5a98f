package io.nexusgraph.api.erasure;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.nexusgraph.api.problem.ProblemException;

/**
 * {@code DELETE /v1/persons/{id}}: erasure on request (admin). A merged-away id erases its
 * survivor.
 */
@Controller("/v1/persons")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("admin")
final class ErasureController {

  private final ErasureService erasure;

  ErasureController(ErasureService erasure) {
    this.erasure = erasure;
  }

  @Delete("/{personId}")
  ErasureResult erase(@PathVariable String personId, Authentication caller) {
    return erasure
        .erasePerson(personId, caller.getName())
        .orElseThrow(() -> ProblemException.notFound("no person " + personId));
  }
}
