package org.rolecompare.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The changes since the previous run as numbers (percent for money and counts, pp for rates and
 * shares) and as the one line a PDF reader sees.
 */
class ChangeNotesTests {

    private static final LocalDate PREVIOUS = LocalDate.of(2026, 11, 26);

    @Test
    void moneyChangesInPercentAndSharesInPoints() {
        // given // when
        RoleChange salary = ChangeNotes.changed("pam", "Patient Account Manager", "average salary", 68_650.0, 70_777.0,
                RoleChange.Unit.PERCENT);
        RoleChange share = ChangeNotes.changed("pam", "Patient Account Manager", "gender: Female", 78.8, 79.8, RoleChange.Unit.PP);

        // then
        assertThat(salary.change()).isEqualTo(3.1);
        assertThat(share.change()).isEqualTo(1.0);
    }

    @Test
    void changesAreRoundedToTwoDecimalsWithoutFloatNoise() {
        // given // when: 110,984 → 112,000 is +0.9154472716788006%; 78.8 → 79.9 is 1.1000000000000085 pp
        RoleChange salary = ChangeNotes.changed("a", "A", "average salary", 110_984.0, 112_000.0, RoleChange.Unit.PERCENT);
        RoleChange share = ChangeNotes.changed("a", "A", "gender: Female", 78.8, 79.9, RoleChange.Unit.PP);
        RoleChange fall = ChangeNotes.changed("a", "A", "job count", 3.0, 2.0, RoleChange.Unit.PERCENT);

        // then
        assertThat(salary.change()).isEqualTo(0.92);
        assertThat(share.change()).isEqualTo(1.1);
        assertThat(fall.change()).isEqualTo(-33.33);
        assertThat(ChangeNotes.sentence(salary)).isEqualTo("Average salary of A up 0.9%");
    }

    @Test
    void unknownOrZeroOldValuesHaveNoChangeNumber() {
        // given // when // then
        assertThat(ChangeNotes.changed("a", "A", "job count", null, 5.0, RoleChange.Unit.PERCENT).change()).isNull();
        assertThat(ChangeNotes.changed("a", "A", "job count", 0.0, 5.0, RoleChange.Unit.PERCENT).change()).isNull();
        assertThat(ChangeNotes.changed("a", "A", "growth rate", 0.0, 5.0, RoleChange.Unit.PP).change()).isEqualTo(5.0);
    }

    @Test
    void theLineNamesTheSalaryChangeFirst() {
        // given
        List<RoleChange> right = List.of(
                ChangeNotes.changed("pam", "Patient Account Manager", "gender: Female", 78.8, 79.8, RoleChange.Unit.PP),
                ChangeNotes.changed("pam", "Patient Account Manager", "average salary", 68_650.0, 70_777.0, RoleChange.Unit.PERCENT));

        // when
        String line = ChangeNotes.line(List.of(), right, PREVIOUS);

        // then
        assertThat(line).isEqualTo("Average salary of Patient Account Manager up 3.1% since 2026-11-26 (1 more change in the workbook).");
    }

    @Test
    void bothRolesAndDirectionsAreNamed() {
        // given
        List<RoleChange> left = List.of(ChangeNotes.changed("prm", "Patient Relations Manager", "growth rate", -2.0, -4.0,
                RoleChange.Unit.PP));
        List<RoleChange> right = List.of(ChangeNotes.changed("pam", "Patient Account Manager", "job count", 150_000.0, 152_009.0,
                RoleChange.Unit.PERCENT));

        // when
        String line = ChangeNotes.line(left, right, PREVIOUS);

        // then
        assertThat(line).isEqualTo("Growth rate of Patient Relations Manager down 2 pp; Job count of Patient Account Manager up 1.3%"
                + " since 2026-11-26.");
    }

    @Test
    void noChangedValuesNoLine() {
        // given // when // then
        assertThat(ChangeNotes.line(List.of(RoleChange.added("x", "X")), List.of(), PREVIOUS)).isNull();
    }

    @Test
    void valuesThatBecameKnownOrUnknownSaySo() {
        // given // when // then
        assertThat(ChangeNotes.sentence(ChangeNotes.changed("a", "A", "hourly rate", null, 20.0, RoleChange.Unit.PERCENT)))
                .isEqualTo("Hourly rate of A now known");
        assertThat(ChangeNotes.sentence(ChangeNotes.changed("a", "A", "hourly rate", 20.0, null, RoleChange.Unit.PERCENT)))
                .isEqualTo("Hourly rate of A no longer known");
    }
}
