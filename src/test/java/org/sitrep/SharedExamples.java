package org.sitrep;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the project's shared examples (the seed article and its gold coding) are: the folder {@code
 * SITREP_SHARED} names, else {@code ../shared} beside the project. They are read, never copied into
 * the repository (the seed is someone else's article), so tests that need them are skipped, with
 * the reason, where they are absent.
 */
public final class SharedExamples {
  private SharedExamples() {}

  public static Path dir() {
    String env = System.getenv("SITREP_SHARED");
    Path shared = env == null || env.isBlank() ? Path.of("../shared") : Path.of(env);
    return shared.resolve("examples");
  }

  public static Path seedArticle() {
    return dir().resolve("seed-article.json");
  }

  public static boolean available() {
    return Files.isRegularFile(seedArticle()) && Files.isRegularFile(dir().resolve("seed.json"));
  }

  /** Skips the calling test when the shared examples are not there. */
  public static void assume() {
    Assumptions.assumeTrue(
        available(),
        "shared examples not found at "
            + dir().toAbsolutePath()
            + "; set SITREP_SHARED to the shared folder");
  }
}
