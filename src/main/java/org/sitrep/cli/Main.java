package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code sitrep} command line: one subcommand per job.
 *
 * <pre>{@code sitrep validate PETR.UnitTest.records.xml}</pre>
 *
 * <p>Exit codes: 0 all good, 1 some input failed, 2 usage or configuration error. Data goes to
 * stdout, people's messages to stderr.
 */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    // every subcommand answers --help and --version too
    scope = CommandLine.ScopeType.INHERIT,
    version = "sitrep 0.1.0",
    description = "Turns news about conflict and diplomacy into CAMEO-coded event data.",
    subcommands = {
      CodeCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      FeedsCommand.class,
      BatchCommand.class,
      EventsCommand.class,
      QuotesCommand.class,
      ActorsCommand.class,
      ReportCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      StoreBenchCommand.class,
      ReportBenchCommand.class,
      ValidateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @Option(
      names = "--debug",
      description = "Print stack traces of errors.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI and returns its exit code; errors become one line on stderr. */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    commandLine.setExecutionExceptionHandler(new ErrorReporter(debug));
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    return commandLine.execute(args);
  }
}
