package org.rolecompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.rolecompare.delivery.Deliverer;
import org.rolecompare.job.ExitCodes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code role-compare deliver}: mails a published run's reports again, sending only the messages
 * its {@code delivery.json} does not record as delivered, so nobody is mailed twice. Holds the run
 * lock so it never races a run or another delivery of the same output.
 */
@Command(name = "deliver", mixinStandardHelpOptions = true,
        description = "Sends the mail of a published run that was not delivered yet (see delivery.json in OUTPUT/RUN-DATE/).",
        footer = {"", "Exit codes:",
                "  0    everything delivered (or no mail configured)",
                "  3    some mail still not delivered",
                "  1    no published run for that date",
                "  64   usage error",
                "  75   a run is in progress; try again later"})
final class DeliverCommand implements Callable<Integer> {

    @ParentCommand
    RoleCompareCommand parent;

    @Option(names = "--run-date", paramLabel = "YYYY-MM-DD", required = true, description = "Date of the published run to deliver.")
    LocalDate runDate;

    @Mixin
    JobOptions jobOptions = new JobOptions();

    @Option(names = "--output", paramLabel = "DIR", description = "Output folder holding RUN-DATE/ (overrides the job file).")
    Path output;

    @Override
    public Integer call() throws Exception {
        JobDefinition definition = jobOptions.load(parent.out);
        jobOptions.requireMailPassword(definition, System::getenv);
        Path outputDir = (output == null ? definition.output() : output).toAbsolutePath().normalize();
        Path published = outputDir.resolve(runDate.toString());
        if (!Files.isRegularFile(published.resolve("manifest.json"))) {
            parent.err.println("role-compare: no published run of " + runDate + " in " + outputDir + "; nothing to deliver.");
            return ExitCodes.FAILED;
        }
        try (RunLock lock = jobOptions.lock(definition)) {
            Deliverer.Outcome outcome = new Deliverer(definition.mail(), System::getenv, parent.clock, parent.out, parent.err)
                    .retryCommand(jobOptions.deliverCommand(runDate, definition, outputDir))
                    .deliver(published);
            return outcome.complete() ? ExitCodes.OK : ExitCodes.DELIVERY_INCOMPLETE;
        } catch (RunLock.HeldException e) {
            parent.err.println("role-compare: " + e.getMessage() + "; deliver when it has finished.");
            return ExitCodes.LOCKED;
        }
    }
}
