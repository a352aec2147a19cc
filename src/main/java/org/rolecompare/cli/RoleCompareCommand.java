package org.rolecompare.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.rolecompare.job.ExitCodes;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code role-compare} command line. Parsing happens before any Spring context starts, so
 * {@code --help} and usage errors are instant and never print a stack trace; each subcommand then
 * opens the context it needs and returns the run's exit code.
 */
@Command(name = "role-compare", mixinStandardHelpOptions = true, version = "role-compare 0.1.0",
        description = "Turns job-role CSV data into comparison workbooks and PDF reports.",
        subcommands = {RunCommand.class, ValidateCommand.class, ScheduleCommand.class, HistoryCommand.class, DeliverCommand.class,
                GenerateCommand.class, WorkerCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 completed without errors (warnings allowed); 2 completed, some rows or comparisons",
                "rejected; 3 published, but some mail was not delivered; 1 failed, nothing published; 64 usage error."})
public final class RoleCompareCommand implements Runnable {

    /** A logger whose events go to the log file only (logback-spring.xml): details behind a one-line console message. */
    static final String LOG_FILE_ONLY = "role-compare.log-file";

    final Clock clock;
    final PrintWriter out;
    final PrintWriter err;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    RoleCompareCommand(Clock clock, PrintWriter out, PrintWriter err) {
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use run or validate");
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new RoleCompareCommand(clock, out, err));
        cli.setOut(out);
        cli.setErr(err);
        cli.registerConverter(LocalDate.class, RoleCompareCommand::date);
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("role-compare: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageException) {
                err.println("role-compare: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            if (e instanceof CommandFailure) {
                return oneLineFailure((CommandFailure) e, err);
            }
            LoggerFactory.getLogger(RoleCompareCommand.class).error("command failed", e);
            err.println("role-compare: failed: " + rootMessage(e) + " (the log file has the details)");
            return ExitCodes.FAILED;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A failure the operator can fix: its one line on the console; its cause, if any, in the log file only. */
    private static int oneLineFailure(CommandFailure e, PrintWriter err) {
        if (e.getCause() != null) {
            LoggerFactory.getLogger(LOG_FILE_ONLY).error(e.getMessage(), e.getCause());
        }
        err.println("role-compare: " + e.getMessage());
        return ExitCodes.FAILED;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date as YYYY-MM-DD");
        }
    }
}
