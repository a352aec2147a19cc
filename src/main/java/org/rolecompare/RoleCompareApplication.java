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
 */
@SpringBootApplication
public class RoleCompareApplication {

    public static void main(String[] args) {
        EarlyLogging.warningsOnly();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(RoleCompareCommand.execute(Clock.systemDefaultZone(), out, err, args));
    }
}
