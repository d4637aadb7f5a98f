package io.nexusgraph.api.openapi;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;

/** {@code /swagger-ui} leads to the Swagger UI page, which, like the document, needs no key. */
@Controller("/swagger-ui")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
final class SwaggerUiRedirect {

  @Get
  HttpResponse<?> page() {
    return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
  }
}
