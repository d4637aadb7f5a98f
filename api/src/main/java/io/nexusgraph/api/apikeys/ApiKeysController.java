package io.nexusgraph.api.apikeys;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.nexusgraph.api.openapi.ProblemAnswers;
import io.nexusgraph.api.problem.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Key management over HTTP for holders of an admin key; {@code nexus apikey} does the same offline.
 */
@Controller("/v1/apikeys")
@Secured("admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemAnswers
@Tag(name = "API keys", description = "Create, list and revoke API keys (admin scope).")
class ApiKeysController {

  private final ApiKeys keys;

  ApiKeysController(ApiKeys keys) {
    this.keys = keys;
  }

  @Get
  @Operation(
      operationId = "listApiKeys",
      summary = "Every API key, revoked ones included, oldest first; never the secrets.")
  ApiKeyList list() {
    return new ApiKeyList(keys.list().stream().map(ApiKeyView::of).toList());
  }

  @Post
  @Operation(
      operationId = "createApiKey",
      summary = "Creates a key. The answer holds the key itself, which is never shown again.")
  @ApiResponse(
      responseCode = "201",
      description = "The key was created; key is its only copy.",
      content = @Content(schema = @Schema(implementation = CreatedApiKeyView.class)))
  HttpResponse<CreatedApiKeyView> create(@Valid @Body NewApiKey request) {
    Set<Scope> scopes = EnumSet.noneOf(Scope.class);
    request.scopes().forEach(scope -> scopes.add(Scope.of(scope)));
    return HttpResponse.created(CreatedApiKeyView.of(keys.create(request.name(), scopes)));
  }

  @Delete("/{keyId}")
  @Operation(
      operationId = "revokeApiKey",
      summary = "Revokes a key at once; revoking it again keeps the first revocation time.")
  ApiKeyView revoke(@PathVariable String keyId) {
    return keys.revoke(keyId)
        .map(ApiKeyView::of)
        .orElseThrow(() -> ProblemException.notFound("No API key " + keyId + "."));
  }

  /** The answer to {@code GET /v1/apikeys}. */
  @Serdeable
  record ApiKeyList(List<ApiKeyView> apiKeys) {}
}
