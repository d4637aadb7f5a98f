package io.nexusgraph.api.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.security.SecuritySchemes;

/**
 * The head of the OpenAPI document that micronaut-openapi writes at build time into {@code
 * META-INF/swagger/nexus-graph.yml} (served at {@code /swagger/nexus-graph.yml}, shown by Swagger
 * UI at {@code /swagger-ui}). The paths come from the controllers' annotations.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Nexus Graph API",
            version = "v1",
            description =
                "Resolved people, companies (groups) and their events from the final tables, and"
                    + " the evidence behind each resolution. Every endpoint except /health needs an"
                    + " API key (X-API-Key header or Authorization: Bearer) with the scope it names:"
                    + " read, write or admin (admin implies write implies read). JSON is"
                    + " snake_case; every error is application/problem+json."),
    security = {@SecurityRequirement(name = "apiKey"), @SecurityRequirement(name = "bearer")})
@SecuritySchemes({
  @SecurityScheme(
      name = "apiKey",
      type = SecuritySchemeType.APIKEY,
      in = SecuritySchemeIn.HEADER,
      paramName = "X-API-Key",
      description = "An API key, nxk_<key_id>_<secret> (nexus apikey create)."),
  @SecurityScheme(
      name = "bearer",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      description = "The same API key as a bearer token.")
})
final class ApiDocumentation {

  private ApiDocumentation() {}
}
