package io.nexusgraph.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The data walks one way (ingest → graph → api), and Neo4j server classes stay out. */
class ArchitectureTest {

  private static final JavaClasses NEXUS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.nexusgraph");

  @Test
  void ingestKnowsNothingOfTheGraphTheServiceNeo4jOrMicronaut() {
    noClasses()
        .that()
        .resideInAPackage("io.nexusgraph.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.nexusgraph.graph..", "io.nexusgraph.api..", "org.neo4j..", "io.micronaut..")
        .check(NEXUS);
  }

  @Test
  void graphNeverReachesIntoTheServiceOrMicronaut() {
    noClasses()
        .that()
        .resideInAPackage("io.nexusgraph.graph..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.nexusgraph.api..", "io.micronaut..")
        .check(NEXUS);
  }

  @Test
  void nothingUsesNeo4jServerClasses() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.neo4j.server..", "org.neo4j.kernel..", "org.neo4j.graphdb..", "org.neo4j.dbms..")
        .check(NEXUS);
  }

  @Test
  void theEmbeddedServerLauncherStaysFreeOfTheServiceAndTheGraph() {
    noClasses()
        .that()
        .resideInAPackage("io.nexusgraph.embedded..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.nexusgraph.api..", "io.nexusgraph.graph..", "io.micronaut..")
        .check(NEXUS);
  }

  @Test
  void neo4jServerClassesAreNotOnTheServiceClasspath() {
    assertThatThrownBy(() -> Class.forName("org.neo4j.server.CommunityBootstrapper"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("io.nexusgraph.neo4jserver.Neo4jServerMain"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
