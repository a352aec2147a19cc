package org.rolecompare.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.SeedProfiles;
import org.rolecompare.ingest.InputFile;
import org.rolecompare.ingest.Values;

/**
 * The row-level rules of {@code docs/input-format.md}: the seed rows parse to the expected typed
 * values, and each broken value yields one finding with the right rule, column, line and severity.
 * An error rejects the row (no value); a warning keeps it.
 */
class RowValidatorsTests {

    @Test
    void parsesTheSeedRoleRow() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole());

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.rejected()).isFalse();
        assertThat(result.roleId()).isEqualTo("patient-relations-manager");
        assertThat(result.value()).isEqualTo(SeedProfiles.patientRelationsManager().role());
    }

    @Test
    void acceptsARoleWithOnlyTheRequiredValues() {
        // given
        var row = TestRows.row(InputFile.ROLES, 7, "role_id", "clerk", "title", " Clerk ", "average_salary", "$30,000");

        // when
        ValidatedRow<Role> result = RowValidators.role(row);

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo(SeedProfiles.minimal("clerk", "Clerk", 30000).role());
    }

    @Test
    void warnsThatASkillLongerThanThePdfShowsIsCutThereAndKeepsIt() {
        // given
        String skill = "Patient care ".repeat(30).strip();
        var row = TestRows.row(InputFile.SKILLS, 5, "role_id", "clerk", "skill", skill, "share", "20");

        // when
        ValidatedRow<SkillRow> result = RowValidators.skill(row);

        // then
        assertThat(result.value().skill()).isEqualTo(skill);
        assertThat(onlyFinding(result, Rule.PDF_TEXT_LENGTH, "skill")).satisfies(f -> {
            assertThat(List.of(f.file(), f.line(), f.roleId())).containsExactly("skills.csv", 5L, "clerk");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("skill is 389 characters long; the PDF report shows the first 200"
                    + " (the workbook keeps it whole)");
        });
    }

    @Test
    void rejectsARoleWithoutATitle() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("title", "  "));

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(onlyFinding(result, Rule.REQUIRED, "title")).satisfies(f -> {
            assertThat(f.file()).isEqualTo("roles.csv");
            assertThat(f.line()).isEqualTo(2L);
            assertThat(f.roleId()).isEqualTo("patient-relations-manager");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("title is required but empty");
        });
    }

    @Test
    void saysWhichUnknownSpellingMadeARequiredValueMissing() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("average_salary", "N/A"));

        // then
        assertThat(onlyFinding(result, Rule.REQUIRED, "average_salary")).satisfies(f -> {
            assertThat(f.value()).isEqualTo("N/A");
            assertThat(f.expected()).isEqualTo(Values.MONEY);
            assertThat(f.message()).isEqualTo("average_salary is required but unknown ('N/A')");
        });
    }

    @Test
    void rejectsMoneyThatDoesNotParse() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("salary_max", "68.000,00"));

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(onlyFinding(result, Rule.TYPE, "salary_max")).satisfies(f -> {
            assertThat(f.value()).isEqualTo("68.000,00");
            assertThat(f.expected()).isEqualTo(Values.MONEY);
            assertThat(f.message()).isEqualTo("salary_max '68.000,00' is not " + Values.MONEY);
        });
    }

    @Test
    void reportsEveryBadValueOfARowInOneGo() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("title", "", "job_count", "many", "lgbt_share", "120"));

        // then
        assertThat(result.findings()).extracting(Finding::column, Finding::rule).containsExactly(
                tuple("title", Rule.REQUIRED), tuple("job_count", Rule.TYPE), tuple("lgbt_share", Rule.SHARE_RANGE));
    }

    @Test
    void acceptsASalaryRangeWhereMinimumAverageAndMaximumAreEqual() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(
                TestRows.seedRole("salary_min", "43633", "salary_max", "43,633"));

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.value().salaryMin()).isEqualTo(43633.0);
        assertThat(result.value().salaryMax()).isEqualTo(43633.0);
    }

    @Test
    void rejectsAnAverageSalaryBelowTheRange() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("salary_min", "45000"));

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(onlyFinding(result, Rule.SALARY_RANGE, "average_salary")).satisfies(f -> {
            assertThat(f.value()).isEqualTo("43633");
            assertThat(f.expected()).isEqualTo("between salary_min 45000 and salary_max 68000");
        });
    }

    @Test
    void rejectsAnAverageSalaryAboveTheRange() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("salary_max", "43632"));

        // then
        assertThat(result.findings()).extracting(Finding::column, Finding::rule)
                .containsExactly(tuple("average_salary", Rule.SALARY_RANGE));
    }

    @Test
    void rejectsASalaryMinimumAboveTheMaximumOnTheMinimum() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("salary_min", "70000", "salary_max", "68000"));

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(onlyFinding(result, Rule.SALARY_RANGE, "salary_min")).satisfies(f -> {
            assertThat(f.value()).isEqualTo("70000 > 68000");
            assertThat(f.message()).isEqualTo("salary_min 70000 is above salary_max 68000");
        });
    }

    @Test
    void checksMinimumAgainstMaximumEvenWhenTheAverageIsInvalid() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("average_salary", "",
                "salary_min", "70000", "salary_max", "68000", "hourly_rate", "-"));

        // then
        assertThat(result.findings()).extracting(Finding::column, Finding::rule).containsExactly(
                tuple("average_salary", Rule.REQUIRED), tuple("salary_min", Rule.SALARY_RANGE));
    }

    @Test
    void acceptsAnHourlyRateWithinOnePercentOfTheYearlySalary() {
        // given: 43633 / 2080 = 20.977
        // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("hourly_rate", "20.98"));

        // then
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void warnsAboutAnHourlyRateThatDoesNotMatchButKeepsTheRow() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("hourly_rate", "30"));

        // then
        assertThat(result.rejected()).isFalse();
        assertThat(result.value().hourlyRate()).isEqualTo(30.0);
        assertThat(onlyFinding(result, Rule.HOURLY_VS_YEARLY, "hourly_rate")).satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.value()).isEqualTo("30");
            assertThat(f.expected()).isEqualTo("about 20.98 (average_salary / 2080, within 1%)");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"6-2", "70-80", "0-61"})
    void rejectsYearsToBecomeOutOfOrderOrAboveSixty(String years) {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("years_to_become", years));

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(onlyFinding(result, Rule.YEARS_RANGE, "years_to_become").value()).isEqualTo(years);
    }

    @Test
    void rejectsYearsToBecomeThatAreNotARangeAsATypeError() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("years_to_become", "2-"));

        // then
        assertThat(result.findings()).extracting(Finding::rule, Finding::expected)
                .containsExactly(tuple(Rule.TYPE, Values.YEARS));
    }

    @Test
    void warnsAboutAnImplausibleAgeButKeepsTheRow() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("average_age", "15"));

        // then
        assertThat(result.value().averageAge()).isEqualTo(15.0);
        assertThat(onlyFinding(result, Rule.PLAUSIBLE_AGE, "average_age")).satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void acceptsTheAgeBoundariesWithoutAWarning() {
        // given // when // then
        assertThat(RowValidators.role(TestRows.seedRole("average_age", "16")).findings()).isEmpty();
        assertThat(RowValidators.role(TestRows.seedRole("average_age", "80")).findings()).isEmpty();
    }

    @Test
    void rejectsAShareAboveOneHundred() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("common_degree_share", "101"));

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(onlyFinding(result, Rule.SHARE_RANGE, "common_degree_share")).satisfies(f -> {
            assertThat(f.value()).isEqualTo("101");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "1.5"})
    void rejectsAJobCountThatIsNotAWholeNonNegativeNumber(String jobs) {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("job_count", jobs));

        // then
        assertThat(result.findings()).extracting(Finding::column, Finding::rule, Finding::expected)
                .containsExactly(tuple("job_count", Rule.TYPE, Values.COUNT));
    }

    @Test
    void rejectsAJobSatisfactionOutsideZeroToFive() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("job_satisfaction", "5.5"));

        // then
        assertThat(result.findings()).extracting(Finding::column, Finding::rule, Finding::expected)
                .containsExactly(tuple("job_satisfaction", Rule.TYPE, "a rating from 0 to 5"));
    }

    @Test
    void rejectsARoleIdWithUpperCaseLetters() {
        // given // when
        ValidatedRow<Role> result = RowValidators.role(TestRows.seedRole("role_id", "Patient-Relations-Manager"));

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(result.roleId()).isEqualTo("Patient-Relations-Manager");
        assertThat(onlyFinding(result, Rule.TYPE, "role_id")).satisfies(f -> {
            assertThat(f.roleId()).isEqualTo("Patient-Relations-Manager");
            assertThat(f.expected()).isEqualTo(Values.SLUG);
        });
    }

    @Test
    void removesControlCharactersFromTextWithAWarningAndKeepsTheRole() {
        // given: a NUL and an escape character, as a bad copy and paste leaves them
        var row = TestRows.seedRole("description", "Greets patients\0 and keeps\u001B the schedule.");

        // when
        ValidatedRow<Role> result = RowValidators.role(row);

        // then
        assertThat(result.rejected()).isFalse();
        assertThat(result.value().description()).isEqualTo("Greets patients and keeps the schedule.");
        assertThat(onlyFinding(result, Rule.CONTROL_CHARACTER, "description")).satisfies(f -> {
            assertThat(List.of(f.file(), f.line(), f.roleId())).containsExactly("roles.csv", 2L, "patient-relations-manager");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.value()).isEqualTo("Greets patients\\u0000 and keeps\\u001B the schedule.");
            assertThat(f.message()).isEqualTo("description holds 2 invisible control characters (\\u0000, \\u001B),"
                    + " the first at character 16; they were removed and the rest of the value kept");
        });
    }

    @Test
    void showsTheControlCharacterOfALongValueInContext() {
        // given
        String description = "A".repeat(100) + "\u0007" + "B".repeat(100);
        var row = TestRows.seedRole("description", description);

        // when
        ValidatedRow<Role> result = RowValidators.role(row);

        // then
        assertThat(onlyFinding(result, Rule.CONTROL_CHARACTER, "description")).satisfies(f -> {
            assertThat(f.value()).isEqualTo("..." + "A".repeat(25) + "\\u0007" + "B".repeat(25) + "...");
            assertThat(f.message()).contains("an invisible control character (\\u0007) at character 101; it was removed");
        });
    }

    @Test
    void rejectsARoleIdWithAControlCharacterAsATypeError() {
        // given
        var row = TestRows.seedRole("role_id", "patient-relations-manager\0");

        // when
        ValidatedRow<Role> result = RowValidators.role(row);

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(List.of(f.column(), f.rule(), f.value())).containsExactly("role_id", Rule.TYPE, "patient-relations-manager\\u0000");
            assertThat(f.message()).isEqualTo("role_id holds an invisible control character (\\u0000) at character 26,"
                    + " which an id may not hold; delete it in the file");
        });
    }

    @Test
    void parsesADistributionRow() {
        // given
        var row = TestRows.row(InputFile.DISTRIBUTIONS, 3,
                "role_id", "patient-relations-manager", "dimension", "gender", "category", "Female", "share", "79.2%");

        // when
        ValidatedRow<DistributionRow> result = RowValidators.distribution(row);

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo(new DistributionRow("patient-relations-manager", "gender", "Female", 79.2));
    }

    @Test
    void rejectsADistributionRowWithoutAShare() {
        // given
        var row = TestRows.row(InputFile.DISTRIBUTIONS, 4,
                "role_id", "clerk", "dimension", "gender", "category", "Female", "share", "-");

        // when
        ValidatedRow<DistributionRow> result = RowValidators.distribution(row);

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(result.findings()).extracting(Finding::file, Finding::line, Finding::column, Finding::rule)
                .containsExactly(tuple("distributions.csv", 4L, "share", Rule.REQUIRED));
    }

    @Test
    void parsesASkillRow() {
        // given
        var row = TestRows.row(InputFile.SKILLS, 2, "role_id", "patient-relations-manager", "skill", "Patients", "share", "39");

        // when
        ValidatedRow<SkillRow> result = RowValidators.skill(row);

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo(new SkillRow("patient-relations-manager", "Patients", 39.0));
    }

    @Test
    void acceptsASkillWithAnUnknownShare() {
        // given
        var row = TestRows.row(InputFile.SKILLS, 5, "role_id", "clerk", "skill", "Filing", "share", "-");

        // when
        ValidatedRow<SkillRow> result = RowValidators.skill(row);

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo(new SkillRow("clerk", "Filing", null));
    }

    @Test
    void rejectsASkillShareAboveOneHundred() {
        // given
        var row = TestRows.row(InputFile.SKILLS, 5, "role_id", "clerk", "skill", "Filing", "share", "101");

        // when
        ValidatedRow<SkillRow> result = RowValidators.skill(row);

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(result.findings()).extracting(Finding::column, Finding::rule, Finding::value)
                .containsExactly(tuple("share", Rule.SHARE_RANGE, "101"));
    }

    @Test
    void parsesAResponsibilityRowAndRequiresItsText() {
        // given
        var good = TestRows.row(InputFile.RESPONSIBILITIES, 2, "role_id", "clerk", "responsibility", " File letters. ");
        var empty = TestRows.row(InputFile.RESPONSIBILITIES, 3, "role_id", "clerk", "responsibility", "");

        // when
        ValidatedRow<ResponsibilityRow> accepted = RowValidators.responsibility(good);
        ValidatedRow<ResponsibilityRow> rejected = RowValidators.responsibility(empty);

        // then
        assertThat(accepted.value()).isEqualTo(new ResponsibilityRow("clerk", "File letters."));
        assertThat(rejected.value()).isNull();
        assertThat(rejected.findings()).extracting(Finding::line, Finding::column, Finding::rule)
                .containsExactly(tuple(3L, "responsibility", Rule.REQUIRED));
    }

    @Test
    void parsesAComparisonRow() {
        // given
        var row = TestRows.row(InputFile.COMPARISONS, 2,
                "left_role_id", "patient-relations-manager", "right_role_id", "patient-account-manager");

        // when
        ValidatedRow<ComparisonRequest> result = RowValidators.comparison(row);

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.value()).isEqualTo(new ComparisonRequest("patient-relations-manager", "patient-account-manager"));
    }

    @Test
    void rejectsAComparisonOfARoleWithItself() {
        // given
        var row = TestRows.row(InputFile.COMPARISONS, 3, "left_role_id", "clerk", "right_role_id", "clerk");

        // when
        ValidatedRow<ComparisonRequest> result = RowValidators.comparison(row);

        // then
        assertThat(result.rejected()).isTrue();
        assertThat(onlyFinding(result, Rule.SELF_COMPARISON, "right_role_id")).satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.file()).isEqualTo("comparisons.csv");
            assertThat(f.line()).isEqualTo(3L);
            assertThat(f.message()).isEqualTo("a role cannot be compared with itself");
        });
    }

    @Test
    void rejectsAComparisonWithAMissingRight() {
        // given
        var row = TestRows.row(InputFile.COMPARISONS, 4, "left_role_id", "clerk", "right_role_id", "N/A");

        // when
        ValidatedRow<ComparisonRequest> result = RowValidators.comparison(row);

        // then
        assertThat(result.findings()).extracting(Finding::column, Finding::rule, Finding::roleId)
                .containsExactly(tuple("right_role_id", Rule.REQUIRED, "clerk"));
    }

    /** The one finding of a row, after checking its rule, column and that the severity is the rule's. */
    private static Finding onlyFinding(ValidatedRow<?> result, Rule rule, String column) {
        assertThat(result.findings()).hasSize(1);
        Finding f = result.findings().get(0);
        assertThat(f.rule()).isEqualTo(rule);
        assertThat(f.column()).isEqualTo(column);
        assertThat(f.severity()).isEqualTo(rule.severity());
        return f;
    }
}
