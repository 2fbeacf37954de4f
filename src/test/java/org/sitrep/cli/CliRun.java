package org.sitrep.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of {@link Main#execute} with stdout and stderr captured, for the CLI tests (those of
 * other packages' commands too), or the command line of a child JVM running the CLI.
 */
public record CliRun(int exit, String out, String err) {

  static final Path SUITE = Path.of("src/test/resources/org/sitrep/validation");

  public static CliRun of(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit = Main.execute(args);
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new CliRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The sitrep CLI in a JVM of its own, on the test class path, so that it can be killed. */
  public static List<String> javaCommand(String... args) {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g",
                "-Xss8m",
                "-cp",
                classPath,
                Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** Copies the validation suite into {@code dir}, writable, so a test can break one file. */
  /** Runs sitrep with {@code in} as its standard input. */
  static CliRun withStdin(byte[] in, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(in));
      return of(args);
    } finally {
      System.setIn(saved);
    }
  }

  static Path copySuite(Path dir) throws Exception {
    try (var files = Files.list(SUITE)) {
      for (Path file : files.toList()) {
        Path copy = dir.resolve(file.getFileName().toString());
        Files.copy(file, copy);
        copy.toFile().setWritable(true);
      }
    }
    return dir.resolve("PETR.UnitTest.records.xml");
  }

  /**
   * Replaces the first line of {@code file} that equals {@code line} (ignoring surrounding spaces)
   * and returns its 1-based number.
   */
  static int replaceLine(Path file, String line, String replacement) throws Exception {
    List<String> lines =
        new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(line)) {
        lines.set(i, replacement);
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line '" + line + "'");
  }
}
