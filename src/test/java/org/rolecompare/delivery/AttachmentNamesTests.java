package org.rolecompare.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Reports travel under their titles, "Left vs Right.pdf", cleaned so that every file system and
 * mail client accepts the name: no reserved characters, a bounded length with an ellipsis, and no
 * two attachments of a message with the same name.
 */
class AttachmentNamesTests {

    @Test
    void aReportIsNamedByItsTwoTitles() {
        // given
        List<PublishedRun.Report> reports = List.of(report("Registered Nurses", "Nurse Practitioners"),
                report("Physicians, All Other", "Registered Nurses"));

        // when
        List<String> names = AttachmentNames.of(reports);

        // then
        assertThat(names).containsExactly("Registered Nurses vs Nurse Practitioners.pdf",
                "Physicians, All Other vs Registered Nurses.pdf");
    }

    @Test
    void reservedCharactersBecomeDashesAndEdgesAreTrimmed() {
        // given
        List<PublishedRun.Report> reports = List.of(report("  .AC/DC \\ Roadies: \"Crew\" <lead>?", "Q*A | Testers.\t"));

        // when
        List<String> names = AttachmentNames.of(reports);

        // then
        assertThat(names).containsExactly("AC-DC - Roadies- -Crew- -lead-- vs Q-A - Testers.pdf");
        assertThat(names.get(0)).doesNotContainPattern("[/\\\\:*?\"<>|\\t]");
    }

    @Test
    void aLongTitleIsCutWithAnEllipsisAndTheShortOneStaysWhole() {
        // given
        String longTitle = "Cutting, Punching, and Press Machine Setters, Operators, and Tenders, Metal and Plastic";
        List<PublishedRun.Report> reports = List.of(report(longTitle, "Heavy and Tractor-Trailer Truck Drivers"),
                report(longTitle, longTitle));

        // when
        List<String> names = AttachmentNames.of(reports);

        // then
        assertThat(names.get(0)).isEqualTo("Cutting, Punching, and Press Machine Setters, Operators… vs Heavy and Tractor-Trailer Truck Drivers.pdf");
        assertThat(names).allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(AttachmentNames.MAX_LENGTH + 4));
        assertThat(names.get(1)).contains("… vs ").endsWith("….pdf");
    }

    @Test
    void namesAreUniqueWithinAMessageRegardlessOfCase() {
        // given
        List<PublishedRun.Report> reports = List.of(report("Cooks", "Chefs"), report("cooks", "chefs"), report("Cooks", "Chefs"));

        // when
        List<String> names = AttachmentNames.of(reports);

        // then
        assertThat(names).containsExactly("Cooks vs Chefs.pdf", "cooks vs chefs (2).pdf", "Cooks vs Chefs (3).pdf");
    }

    private static PublishedRun.Report report(String leftTitle, String rightTitle) {
        return new PublishedRun.Report("l", "r", leftTitle, rightTitle, 1.0, 1.0, Path.of("pdf/l-vs-r.pdf"));
    }
}
