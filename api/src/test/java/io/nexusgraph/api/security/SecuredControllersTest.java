package io.nexusgraph.api.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.junit.jupiter.api.Test;

/**
 * Every controller says who may call it. Without {@code @Secured} the security rules refuse every
 * request, so a missing annotation shows up as a 401 nobody can get past; this names the class.
 */
class SecuredControllersTest {

  private static final JavaClasses SERVICE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.nexusgraph.api");

  @Test
  void everyControllerNamesItsScopeWithSecured() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .should()
        .beAnnotatedWith(Secured.class)
        .because(
            "a controller needs @Secured(\"read\" | \"write\" | \"admin\") (or IS_ANONYMOUS for"
                + " documentation); see docs/api.md")
        .check(SERVICE);
  }
}
