package org.rolecompare;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.rolecompare.cli.EarlyLogging;
import org.rolecompare.cli.RoleCompareCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * role-compare: a nightly batch job that turns job-role CSV data into an analyst workbook and one
 * PDF comparison report per pair. {@code main} parses the command line and exits with the run's
 * exit code, which operators script against (see the README).
 *
 * <p>Only the packages that hold Spring components are scanned: reading every class of the jar for
 * annotations took about a tenth of a second at every start, most of it on the report, ingest and
 * command-line classes, which have none. {@code ComponentPackagesTests} fails when a component
 * appears anywhere else.
 */
@SpringBootApplication(scanBasePackages = {"org.rolecompare.job", "org.rolecompare.staging", "org.rolecompare.changes",
        "org.rolecompare.cluster"})
public class RoleCompareApplication {

    public static void main(String[] args) {
        EarlyLogging.warningsOnly();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(RoleCompareCommand.execute(Clock.systemDefaultZone(), out, err, args));
    }
}
