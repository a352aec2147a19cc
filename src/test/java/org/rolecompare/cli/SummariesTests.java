package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rolecompare.validate.Finding;
import org.rolecompare.validate.Rule;

/**
 * The one line per finding that {@code validate} and a failed run print: what was expected is said
 * once, whether the message already holds it or not.
 */
class SummariesTests {

    @Test
    void aMessageThatSaysWhatWasExpectedIsNotFollowedByItAgain() {
        // given
        Finding finding = Finding.of("roles.csv", 3, "job_satisfaction", "nurse", Rule.TYPE, "6", "a rating from 0 to 5",
                "job_satisfaction is 6, expected a rating from 0 to 5");

        // when
        String line = Summaries.findingLine(finding);

        // then
        assertThat(line).isEqualTo("roles.csv:3 [job_satisfaction] error type (nurse): job_satisfaction is 6, expected a rating from 0 to 5");
    }

    @Test
    void aMessageWithoutTheExpectationGetsIt() {
        // given
        Finding finding = Finding.of("roles.csv", 4, "average_salary", "clerk", Rule.SALARY_RANGE, "90000", "between salary_min and salary_max",
                "average_salary 90000 is above salary_max 80000");

        // when
        String line = Summaries.findingLine(finding);

        // then
        assertThat(line).isEqualTo("roles.csv:4 [average_salary] error salary-range (clerk): average_salary 90000 is above salary_max 80000;"
                + " expected between salary_min and salary_max");
    }

    @Test
    void aFindingOfTheWholeFileHasNoColumnNorRole() {
        // given
        Finding finding = Finding.of("skills.csv", 0, "", "", Rule.UNKNOWN_COLUMN, "", "", "column 'colour' is not part of the format; ignored");

        // when
        String line = Summaries.findingLine(finding);

        // then
        assertThat(line).isEqualTo("skills.csv:0 warning unknown-column: column 'colour' is not part of the format; ignored");
    }
}
