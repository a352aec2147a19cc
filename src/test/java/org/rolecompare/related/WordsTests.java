package org.rolecompare.related;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words a responsibility is matched by, and how skills, degrees and majors are matched. */
class WordsTests {

    @Test
    void keepsTellingWordsInTheSingular() {
        // given / when
        var words = Words.of("Scan and file medical records in accordance with HIPAA protocols, 2 times a day.");

        // then
        assertThat(words).containsExactly("scan", "file", "medical", "record", "accordance", "hipaa", "protocol", "time", "day");
    }

    @Test
    void pluralsInIesBecomeY() {
        // given / when / then
        assertThat(Words.of("Supports secretaries and their duties")).containsExactly("support", "secretary", "duty");
    }

    @Test
    void skillsDegreesAndMajorsMatchRegardlessOfCaseSpacingAndPlural() {
        // given / when / then
        assertThat(Words.skillKey("  Patient   Accounts ")).isEqualTo(Words.skillKey("patient account"));
        assertThat(Words.textKey("Bachelor's Degree")).isEqualTo(Words.textKey("bachelor's")).isEqualTo("bachelor");
        assertThat(Words.textKey("-")).isNull();
        assertThat(Words.textKey(" ")).isNull();
    }
}
