package io.nexusgraph.api.explain;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.nexusgraph.api.lookup.IdentifierParameter;
import io.nexusgraph.api.openapi.ProblemAnswers;
import io.nexusgraph.api.problem.ProblemException;
import io.nexusgraph.graph.explain.Explainer;
import io.nexusgraph.graph.identity.IdentifierKey;
import io.nexusgraph.ingest.eventlog.EntityKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.neo4j.driver.Driver;

/** "Why are these two the same person?" and "why not?", from the identity graph in Neo4j. */
@Controller("/v1/explain")
@Secured("read")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemAnswers
@Tag(name = "Explain", description = "The evidence behind a resolution decision.")
final class ExplainController {

  private final Explainer explainer;
  private final IdentifierParameter identifiers;

  ExplainController(Driver driver, IdentifierParameter identifiers) {
    this.explainer = new Explainer(driver);
    this.identifiers = identifiers;
  }

  @Get
  @Operation(
      operationId = "explain",
      summary = "Why two identifiers are, or are not, one entity.",
      description =
          "same_entity comes with each hop of evidence from a to b (source, event, time);"
              + " different_entities with the excluded identifiers and consent-denied records on"
              + " the closest chain between them (empty: no evidence connects them).")
  ExplainAnswer explain(
      @Parameter(example = "email:jane@acme.com") @QueryValue String a,
      @Parameter(example = "phone:+15551234567") @QueryValue String b,
      @Parameter(description = "person (default) or group") @Nullable @QueryValue String kind) {
    EntityKind entityKind = kind(kind);
    IdentifierKey first = identifiers.parse("a", a);
    IdentifierKey second = identifiers.parse("b", b);
    String kindName = entityKind.name().toLowerCase(Locale.ROOT);
    return ExplainAnswer.of(kindName, first, second, explainer.explain(entityKind, first, second));
  }

  private static EntityKind kind(@Nullable String kind) {
    if (kind == null || kind.isBlank() || kind.equalsIgnoreCase("person")) {
      return EntityKind.PERSON;
    }
    if (kind.equalsIgnoreCase("group")) {
      return EntityKind.GROUP;
    }
    throw ProblemException.invalid("kind", "must be person or group");
  }
}
