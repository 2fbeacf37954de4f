package org.sitrep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.sitrep");
  }

  @Test
  void coreNlpIsUsedOnlyBehindTheAnnotatorInterface() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.sitrep.annotate.corenlp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford.nlp..")
        .check(classes);
  }

  @Test
  void htmlAndFeedLibrariesAreUsedOnlyInIngest() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.sitrep.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jsoup..", "com.rometools..")
        .check(classes);
  }

  @Test
  void databaseLibrariesAreUsedOnlyInStore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.sitrep.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.jdbi..",
            "org.flywaydb..",
            "org.sqlite..",
            "org.postgresql..",
            "com.zaxxer..",
            "java.sql..")
        .check(classes);
  }

  @Test
  void theHttpServerIsUsedOnlyInApi() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.sitrep.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
        .check(classes);
  }

  @Test
  void beamIsUsedOnlyByTheDistributedRunner() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.sitrep.beam..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.beam..")
        .check(classes);
  }

  @Test
  void parquetIsWrittenOnlyByTheExports() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.sitrep.export..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.parquet..", "org.apache.avro..", "org.apache.hadoop..")
        .check(classes);
  }

  @Test
  void nothingButTheCommandLineUsesIt() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.sitrep.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.sitrep.cli..")
        .check(classes);
  }

  // The stages of DESIGN.md's data flow and the packages each may use; everything else of ours is
  // out of bounds. Third-party libraries are kept in their packages by the rules above.
  private static final List<String> OURS =
      List.of(
          "model",
          "cameo",
          "ingest",
          "annotate",
          "dictionaries",
          "coding",
          "clauses",
          "discourse",
          "geo",
          "events",
          "pipeline",
          "eval",
          "export",
          "merge",
          "store",
          "watch",
          "report",
          "api",
          "bench",
          "beam",
          "cli");

  private static void mayUseOnly(String stage, String... allowed) {
    Set<String> permitted = new HashSet<>(Arrays.asList(allowed));
    permitted.add(stage);
    String[] forbidden =
        OURS.stream()
            .filter(p -> !permitted.contains(p))
            .map(p -> "org.sitrep." + p + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage("org.sitrep." + stage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden)
        .because(stage + " may use only " + permitted)
        .check(classes);
  }

  @Test
  void theModelAndTheCameoTablesImportNothingOfOursButTheModel() {
    mayUseOnly("model");
    mayUseOnly("cameo", "model");
  }

  @Test
  void dictionariesUseOnlyTheModelAndCameo() {
    mayUseOnly("dictionaries", "model", "cameo");
  }

  @Test
  void annotateAndIngestUseOnlyTheModel() {
    mayUseOnly("annotate", "model");
    mayUseOnly("ingest", "model");
  }

  @Test
  void theCoderUsesOnlyDictionariesAndTables() {
    mayUseOnly("coding", "model", "cameo", "dictionaries");
  }

  @Test
  void theClauseReaderSeesOnlyAnnotations() {
    mayUseOnly("clauses", "model", "annotate");
  }

  @Test
  void discourseSeesAnnotationsAndDictionariesOnly() {
    mayUseOnly("discourse", "model", "cameo", "annotate", "dictionaries");
  }

  @Test
  void geoAndEventsComeBeforeThePipeline() {
    mayUseOnly("geo", "model", "cameo", "annotate", "dictionaries", "coding", "discourse");
    mayUseOnly(
        "events",
        "model",
        "cameo",
        "annotate",
        "dictionaries",
        "coding",
        "clauses",
        "discourse",
        "geo");
  }

  @Test
  void thePipelineOnlyComposesStages() {
    mayUseOnly(
        "pipeline",
        "model",
        "cameo",
        "ingest",
        "annotate",
        "dictionaries",
        "coding",
        "discourse",
        "geo",
        "events");
  }

  @Test
  void theDistributedRunnerComposesReadersCoderOutputsAndTheStore() {
    mayUseOnly(
        "beam", "model", "ingest", "annotate", "dictionaries", "pipeline", "export", "store");
  }

  @Test
  void outputsAndTheStoreSeeOnlyTheModel() {
    // and the CAMEO tables: the outputs to name codes and map them to PLOVER, the store to name
    // the actor codes it lists
    mayUseOnly("export", "model", "cameo");
    mayUseOnly("store", "model", "cameo", "merge");
    mayUseOnly("merge", "model");
  }

  @Test
  void theWatcherReadsCodesAndStoresOnly() {
    mayUseOnly("watch", "model", "ingest", "store");
  }

  @Test
  void theReportReadsOnlyTheStore() {
    // and the model it returns, and the CAMEO tables to name codes; it codes nothing itself
    mayUseOnly("report", "model", "cameo", "store");
  }

  @Test
  void theBenchmarkHarnessIsUsedOnlyByTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.sitrep.bench..", "org.sitrep.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.sitrep.bench..")
        .check(classes);
  }
}
