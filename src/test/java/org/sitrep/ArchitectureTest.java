package org.sitrep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape STYLE.md asks for: each third-party engine in one package, and imports pointing from
 * later stages of the data flow to earlier ones only.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sitrep");
  }

  @Test
  void coreNlpIsUsedOnlyInAnnotate() {
    noClasses().that().resideOutsideOfPackage("org.sitrep.annotate..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
        .check(classes);
  }

  @Test
  void htmlAndFeedLibrariesAreUsedOnlyInIngest() {
    noClasses().that().resideOutsideOfPackage("org.sitrep.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "com.rometools..")
        .check(classes);
  }

  @Test
  void databaseLibrariesAreUsedOnlyInStore() {
    noClasses().that().resideOutsideOfPackage("org.sitrep.store..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.jdbi..", "org.flywaydb..", "org.sqlite..", "org.postgresql..", "com.zaxxer..", "java.sql..")
        .check(classes);
  }

  @Test
  void theHttpServerIsUsedOnlyInApi() {
    noClasses().that().resideOutsideOfPackage("org.sitrep.api..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
        .check(classes);
  }

  @Test
  void theStoreKnowsNothingOfItsCallers() {
    noClasses().that().resideInAPackage("org.sitrep.store..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.sitrep.api..", "org.sitrep.cli..", "org.sitrep.pipeline..", "org.sitrep.annotate..",
            "org.sitrep.coding..", "org.sitrep.discourse..")
        .check(classes);
  }

  @Test
  void theModelImportsNothingOfOurs() {
    noClasses().that().resideInAPackage("org.sitrep.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.sitrep.ingest..", "org.sitrep.annotate..", "org.sitrep.actors..", "org.sitrep.discourse..",
            "org.sitrep.coding..", "org.sitrep.pipeline..", "org.sitrep.eval..", "org.sitrep.export..",
            "org.sitrep.geo..", "org.sitrep.store..", "org.sitrep.api..", "org.sitrep.cli..")
        .check(classes);
  }

  @Test
  void stagesDoNotReachBackDownstream() {
    noClasses().that().resideInAnyPackage("org.sitrep.ingest..", "org.sitrep.annotate..", "org.sitrep.actors..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.sitrep.discourse..", "org.sitrep.coding..", "org.sitrep.pipeline..", "org.sitrep.store..",
            "org.sitrep.api..", "org.sitrep.cli..")
        .check(classes);
    noClasses().that().resideInAnyPackage("org.sitrep.discourse..", "org.sitrep.coding..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.sitrep.pipeline..", "org.sitrep.store..", "org.sitrep.api..", "org.sitrep.cli..")
        .check(classes);
    noClasses().that().resideOutsideOfPackage("org.sitrep.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.sitrep.cli..")
        .check(classes);
  }
}
