package org.rolecompare.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The line under a related pair's report subtitle: the score to two decimals and at most three shared skills. */
class RelatedNoteTests {

    @Test
    void namesTheScoreAndTheFirstThreeSharedSkills() {
        // given
        List<String> skills = List.of("Patients", "Patient Care", "Scheduling", "Billing");

        // when
        String line = RelatedNote.line(0.7061, skills);

        // then
        assertThat(line).isEqualTo("Related: 0.71 \u2014 shared skills Patients, Patient Care, Scheduling");
    }

    @Test
    void saysTheScoreAloneWhenNoSkillIsShared() {
        // given // when
        String line = RelatedNote.line(0.25, List.of());

        // then
        assertThat(line).isEqualTo("Related: 0.25");
    }
}
