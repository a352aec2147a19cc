package org.rolecompare.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sparse-role rule in plain Java: a role with fewer of its twelve key fields known than the
 * job's share gets one info finding that names what is missing, so an analyst knows in advance why
 * its reports have empty sections; a role at the threshold gets none.
 */
class SparseRoleTests {

    private static final KeyFields ALL = new KeyFields(true, true, true, true, true, true, true, true, true, true, true, true, true);

    @Test
    void aRoleWithFewKeyFieldsGetsAnInfoNamingWhatIsMissing() {
        // given: hourly rate, salary minimum, job count, common degree and description known
        KeyFields fields = new KeyFields(true, true, false, false, true, false, true, false, false, true, false, false, false);

        // when
        Finding finding = CrossFileRules.sparseRole("registered-nurses", "Registered Nurses", 7, fields, 0.5).orElseThrow();

        // then
        assertThat(finding.file()).isEqualTo("roles.csv");
        assertThat(finding.line()).isEqualTo(7);
        assertThat(finding.column()).isEmpty();
        assertThat(finding.roleId()).isEqualTo("registered-nurses");
        assertThat(finding.rule()).isEqualTo(Rule.SPARSE_ROLE);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.isError()).isFalse();
        assertThat(finding.value()).isEqualTo("4 of 12 known");
        assertThat(finding.expected()).isEqualTo("at least 6 of the 12 key fields known (thresholds.min-known-fields 50%)");
        assertThat(finding.message()).isEqualTo("Registered Nurses has 4 of 12 key fields: no years to become, no salary maximum,"
                + " no growth rate, no average age, no years of experience, no demographics, no responsibilities, no skills;"
                + " its reports will say which sections lack data");
    }

    @Test
    void aRoleAtTheThresholdGetsNoFinding() {
        // given: six of twelve known
        KeyFields half = new KeyFields(true, true, true, true, true, true, true, false, false, false, false, false, false);

        // when // then
        assertThat(half.known()).isEqualTo(6);
        assertThat(CrossFileRules.sparseRole("a", "A", 2, half, 0.5)).isEmpty();
        assertThat(CrossFileRules.sparseRole("a", "A", 2, half, 0.75)).isPresent();
        assertThat(CrossFileRules.sparseRole("a", "A", 2, ALL, 1.0)).isEmpty();
    }

    @Test
    void theSalaryRangeIsOneFieldKnownOnlyWithBothEnds() {
        // given
        KeyFields noMaximum = new KeyFields(true, true, false, true, true, true, true, true, true, true, true, true, true);
        KeyFields noRange = new KeyFields(true, false, false, true, true, true, true, true, true, true, true, true, true);

        // when // then
        assertThat(ALL.known()).isEqualTo(12);
        assertThat(noMaximum.known()).isEqualTo(11);
        assertThat(noMaximum.missing()).containsExactly("no salary maximum");
        assertThat(noRange.missing()).containsExactly("no salary range");
    }
}
