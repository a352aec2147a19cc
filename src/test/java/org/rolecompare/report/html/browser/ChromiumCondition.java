package org.rolecompare.report.html.browser;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The condition behind {@link RequiresChromium}. A skip is said on the console too, because a test
 * runner's summary counts skipped tests without saying why, and a browser test that silently never
 * runs is worse than a failing one.
 */
final class ChromiumCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result = evaluate(System.getenv(Chromium.REQUIREMENT), Chromium.BINARY, Chromium.DRIVER);
        if (result.isDisabled() && context.getTestMethod().isEmpty()) {
            System.err.println("role-compare: " + context.getDisplayName() + " skipped: " + result.getReason().orElseThrow());
        }
        return result;
    }

    /** Whether tests that need {@code executables} run, given the value of {@value Chromium#REQUIREMENT}. */
    static ConditionEvaluationResult evaluate(String requirement, Path... executables) {
        Optional<String> missing = Chromium.missing(executables);
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
        }
        if ("required".equals(requirement)) {
            return ConditionEvaluationResult.enabled(Chromium.REQUIREMENT + "=required, so the tests run and fail: " + missing.get());
        }
        return ConditionEvaluationResult.disabled(missing.get() + " (set " + Chromium.REQUIREMENT + "=required to make this a failure)");
    }
}
