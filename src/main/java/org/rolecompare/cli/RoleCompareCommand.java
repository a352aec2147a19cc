package org.rolecompare.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rolecompare.job.ExitCodes;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code role-compare} command line. Parsing happens before any Spring context starts, so
 * {@code --help} and usage errors are instant and never print a stack trace; each subcommand then
 * opens the context it needs and returns the run's exit code.
 *
 * <p>Only the subcommand being run is built: picocli builds each command's model by reflection, and
 * its classes (compiled for Java 5) cannot be kept in the start-up cache, so building all nine took
 * about a third of the command line's share of a seed run's start. Every other command line
 * (help, no command, a misspelt command) gets all of them, for the usage text and the suggestions.
 */
@Command(name = "role-compare", mixinStandardHelpOptions = true, version = "role-compare 0.1.0",
        description = "Turns job-role CSV data into comparison workbooks and PDF reports.",
        footer = {"", "Exit codes of run (the other commands list theirs in their --help):", RunCommand.EXIT_0, RunCommand.EXIT_2,
                RunCommand.EXIT_3, RunCommand.EXIT_1, RunCommand.EXIT_64, RunCommand.EXIT_75, RunCommand.EXIT_143})
public final class RoleCompareCommand implements Runnable {

    /** The subcommands by name, in the order the usage text lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

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
        List<String> commands = spec.subcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use one of "
                + String.join(", ", commands.subList(0, commands.size() - 1)) + " or " + commands.get(commands.size() - 1));
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("run", RunCommand.class);
        commands.put("validate", ValidateCommand.class);
        commands.put("schedule", ScheduleCommand.class);
        commands.put("history", HistoryCommand.class);
        commands.put("deliver", DeliverCommand.class);
        commands.put("related", RelatedCommand.class);
        commands.put("generate", GenerateCommand.class);
        commands.put("worker", WorkerCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(commands);
    }

    /**
     * The command line for {@code args}: with only the subcommand they name first (other than
     * {@code help}), else with every subcommand.
     */
    static CommandLine commandLine(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new RoleCompareCommand(clock, out, err));
        Class<?> named = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named);
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        return cli;
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(clock, out, err, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.registerConverter(LocalDate.class, RoleCompareCommand::date);
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("role-compare: " + usageProblem(e));
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
            if (commandLine.getCommand() instanceof WritesNoLogFile) {
                err.println("role-compare: failed: " + rootMessage(e));
                return ExitCodes.FAILED;
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

    /**
     * A usage error in one line: an unknown option or command is named as typed (without its value),
     * with the closest option or command of that command when one is near enough to be a typo
     * ("unknown option --imput; did you mean --input?"); anything else in picocli's words.
     */
    static String usageProblem(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return e.getMessage();
        }
        String argument = unmatched.getUnmatched().get(0);
        CommandLine.Model.CommandSpec command = e.getCommandLine().getCommandSpec();
        if (argument.startsWith("-")) {
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            List<String> options = command.options().stream().filter(o -> !o.hidden())
                    .flatMap(o -> Arrays.stream(o.names())).toList();
            return "unknown option " + name + closest(name, options).map(o -> "; did you mean " + o + "?").orElse("");
        }
        if (!command.subcommands().isEmpty()) {
            List<String> commands = command.subcommands().keySet().stream().toList();
            return "unknown command " + argument + closest(argument, commands).map(c -> "; did you mean " + c + "?").orElse("");
        }
        return e.getMessage();
    }

    /** The candidate nearest to {@code typed}, if it is near enough to be a typo of it (a third of its letters wrong, at most). */
    static Optional<String> closest(String typed, List<String> candidates) {
        String bare = typed.replaceFirst("^-+", "");
        return candidates.stream()
                .filter(c -> c.replaceFirst("^-+", "").length() > 1)
                .min(Comparator.comparingInt((String c) -> distance(bare, c.replaceFirst("^-+", ""))).thenComparing(c -> c))
                .filter(c -> distance(bare, c.replaceFirst("^-+", "")) <= Math.max(1, bare.length() / 3));
    }

    /** Levenshtein distance: the fewest letters inserted, deleted or replaced to turn {@code a} into {@code b}. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
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
