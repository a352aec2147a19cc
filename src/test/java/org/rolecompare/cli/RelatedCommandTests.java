package org.rolecompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code role-compare related} as an analyst runs it: the CSV on stdout (or whole in a file) and the
 * summary on stderr, the seed's two roles as each other's most related role, and a bad option, a
 * missing folder or an --output that cannot be the CSV file refused as a usage error (64) in one line.
 */
class RelatedCommandTests {

    @TempDir
    Path temp;

    @Test
    void printsEachSeedRoleWithTheOtherAsItsMostRelatedRole() throws Exception {
        // given
        Path input = new CliRun(temp).withFixture("seed").input();

        // when
        CliRun.Result result = CliRun.execute("related", "--input=" + input);

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<CSVRecord> rows = csv(result.out());
        assertThat(rows).extracting(r -> r.get("role_id") + " > " + r.get("related_role_id") + " #" + r.get("rank"))
                .containsExactly("patient-relations-manager > patient-account-manager #1",
                        "patient-account-manager > patient-relations-manager #1");
        assertThat(rows.get(0).get("shared_skills")).isEqualTo("Patients; Patient Care");
        assertThat(rows.get(0).get("score")).matches("0\\.\\d{4}").isEqualTo(rows.get(1).get("score"));
        assertThat(result.err()).startsWith("role-compare: 2 related roles of 2 roles (0 rows left out");
    }

    @Test
    void writesTheCsvToAFileWhenAskedAndKeepsStdoutEmpty() throws Exception {
        // given
        Path input = new CliRun(temp).withFixture("seed").input();
        Path file = temp.resolve("related.csv");

        // when
        CliRun.Result result = CliRun.execute("related", "--input=" + input, "--output=" + file, "--min-score=0.99");

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(file)).as("no pair scores 0.99: the header alone")
                .isEqualTo("role_id,related_role_id,rank,score,shared_skills,reason\r\n");
        assertThat(result.err()).contains("0 related roles of 2 roles").contains("written to " + file);
    }

    @Test
    void aSkillThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        // given
        Path input = new CliRun(temp).withFixture("seed").input();
        Path skills = input.resolve("skills.csv");
        Files.writeString(skills, Files.readString(skills).replace(",Patients,", ",=Patients,"));

        // when
        CliRun.Result result = CliRun.execute("related", "--input=" + input);

        // then
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(csv(result.out()).get(0).get("shared_skills")).isEqualTo("'=Patients; Patient Care");
    }

    @Test
    void aBadPerRoleOrMinScoreOrAMissingInputFolderIsAUsageError() throws Exception {
        // given
        Path input = new CliRun(temp).withFixture("seed").input();

        // when
        CliRun.Result none = CliRun.execute("related", "--input=" + input, "--per-role=0");
        CliRun.Result tooMany = CliRun.execute("related", "--input=" + input, "--per-role=51");
        CliRun.Result most = CliRun.execute("related", "--input=" + input, "--per-role=50");
        CliRun.Result missing = CliRun.execute("related", "--input=" + temp.resolve("nowhere"));
        CliRun.Result highScore = CliRun.execute("related", "--input=" + input, "--min-score=1.5");

        // then
        assertThat(none.exitCode()).isEqualTo(64);
        assertThat(none.err()).isEqualTo("role-compare: --per-role must be a whole number from 1 to 50, not '0'" + System.lineSeparator());
        assertThat(tooMany.exitCode()).isEqualTo(64);
        assertThat(tooMany.err()).isEqualTo("role-compare: --per-role must be a whole number from 1 to 50, not '51'" + System.lineSeparator());
        assertThat(tooMany.out()).isEmpty();
        assertThat(most.exitCode()).as(most.err()).isZero();
        assertThat(missing.exitCode()).isEqualTo(64);
        assertThat(missing.err()).contains("--input " + temp.resolve("nowhere") + " does not exist");
        assertThat(highScore.exitCode()).isEqualTo(64);
        assertThat(highScore.err()).isEqualTo("role-compare: --min-score must be a number from 0 to 1, such as 0.2, not '1.5'"
                + System.lineSeparator());
    }

    @Test
    void anOutputThatIsAFolderOrInAFileIsAUsageError() throws Exception {
        // given
        Path input = new CliRun(temp).withFixture("seed").input();
        Path file = Files.writeString(temp.resolve("afile"), "not a folder");

        // when
        CliRun.Result folder = CliRun.execute("related", "--input=" + input, "--output=" + temp);
        CliRun.Result inAFile = CliRun.execute("related", "--input=" + input, "--output=" + file.resolve("related.csv"));

        // then
        assertThat(folder.exitCode()).isEqualTo(64);
        assertThat(folder.err()).isEqualTo("role-compare: --output " + temp + " is a folder, not a file" + System.lineSeparator());
        assertThat(inAFile.exitCode()).isEqualTo(64);
        assertThat(inAFile.err()).isEqualTo("role-compare: --output " + file.resolve("related.csv") + ": " + file
                + " is a file, not a folder" + System.lineSeparator());
        assertThat(folder.out() + inAFile.out()).isEmpty();
    }

    @Test
    void anUnreadableInputFileFailsWithOneLineNamingIt() throws Exception {
        // given
        Path input = new CliRun(temp).withFixture("seed").input();
        Files.delete(input.resolve("skills.csv"));

        // when
        CliRun.Result result = CliRun.execute("related", "--input=" + input);

        // then
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("skills.csv is missing");
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }
}
