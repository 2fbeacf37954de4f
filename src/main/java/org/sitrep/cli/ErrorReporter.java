package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.sitrep.coding.petrxml.PetrarchXmlException;
import org.sitrep.dictionaries.DictionaryException;
import org.sitrep.store.StoreException;
import picocli.CommandLine;

/**
 * Turns an exception that escaped a command into one line on stderr and an exit code: 1 for an
 * input file that cannot be read as what it claims to be, 2 for the rest (usage, configuration);
 * the stack trace only with {@code --debug}. Known input errors already name their file and
 * position.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
  private final boolean debug;

  ErrorReporter(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    System.err.println("sitrep: " + describe(e));
    if (debug) {
      e.printStackTrace(System.err);
    } else if (!(e instanceof DictionaryException
        || e instanceof PetrarchXmlException
        || e instanceof UserError
        || e instanceof StoreException
        || e instanceof IOException)) {
      System.err.println("sitrep: run again with --debug for the stack trace");
    }
    return e instanceof PetrarchXmlException ? ExitCodes.SOME_INPUT_FAILED : ExitCodes.USAGE;
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException missing) {
      return missing.getFile() + ": no such file";
    }
    if (e instanceof DictionaryException dictionary && dictionary.line() == 0) {
      // the whole file is the problem (missing, unreadable): no line to fix
      return dictionary.source() + ": " + dictionary.reason();
    }
    if (e instanceof DictionaryException) {
      return "dictionary error: "
          + e.getMessage()
          + " (fix the line, or check the file is the right one)";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
