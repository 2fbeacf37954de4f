package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input for {@link ArticleReader#read}: a file, or stdin (named {@code -}). Callers show
 * progress per source.
 *
 * <pre>{@code Source.file(Path.of("feeds/kyiv.xml")).name()   // "feeds/kyiv.xml"}</pre>
 */
public record Source(String name, Optional<Path> path) {

  /** The name stdin goes by in origins and problems. */
  public static final String STDIN = "-";

  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
  }

  public static Source file(Path path) {
    return new Source(path.toString(), Optional.of(path));
  }

  public static Source stdin() {
    return new Source(STDIN, Optional.empty());
  }

  public boolean isStdin() {
    return path.isEmpty();
  }
}
