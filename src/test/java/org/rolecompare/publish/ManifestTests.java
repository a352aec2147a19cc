package org.rolecompare.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * manifest.json is written and read through one mapping: what is written reads back as the same
 * record, and a manifest that lacks a required key is refused with the file and the key named,
 * never read as zero.
 */
class ManifestTests {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWrote() throws Exception {
        // given
        Manifest manifest = manifest();
        Path file = dir.resolve(Manifest.FILE_NAME);

        // when
        manifest.write(file);
        Manifest read = Manifest.read(file);

        // then
        assertThat(read).isEqualTo(manifest);
    }

    @Test
    void writesTheKeysInSnakeCaseLeavingOutOnlyWhatIsAbsent() throws Exception {
        // given
        Path file = dir.resolve(Manifest.FILE_NAME);

        // when
        manifest().write(file);

        // then
        String json = Files.readString(file);
        assertThat(json).startsWith("{\n  \"run_date\" : \"2026-11-27\",\n  \"job\" : \"nightly\",");
        assertThat(json).contains("\"file\" : \"source.txt\",\n    \"sha256\" : \"5678\"\n  }");
        assertThat(json).contains("\"kind\" : \"added\",\n      \"role_id\" : \"medical-receptionist\"\n    }");
        assertThat(json).contains("\"old\" : 78.8,\n      \"new\" : null,\n      \"change\" : null,\n      \"unit\" : \"pp\"");
        assertThat(json).contains("\"findings_by_rule\" : {\n      \"hourly-vs-yearly/warning\" : 1\n    }");
    }

    @Test
    void aMissingCountIsReportedWithTheFileAndTheKey() throws Exception {
        // given
        Path file = dir.resolve(Manifest.FILE_NAME);
        manifest().write(file);
        Files.writeString(file, Files.readString(file).replace("\"roles_accepted\" : 5,", ""));

        // when / then
        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(Manifest.InvalidManifestException.class)
                .hasMessage(file + ": counts.roles_accepted is missing");
    }

    @Test
    void aMissingKeyInAListIsReportedWithItsPosition() throws Exception {
        // given
        Path file = dir.resolve(Manifest.FILE_NAME);
        manifest().write(file);
        Files.writeString(file, Files.readString(file).replace("\"size\" : 10,", ""));

        // when / then
        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(Manifest.InvalidManifestException.class)
                .hasMessage(file + ": outputs[1].size is missing");
    }

    @Test
    void readingWithAConsumerHandsOverEachOutputInOrderAndKeepsNone() throws Exception {
        // given
        Manifest manifest = manifest();
        Path file = dir.resolve(Manifest.FILE_NAME);
        manifest.write(file);
        List<Manifest.Output> handed = new ArrayList<>();

        // when
        Manifest read = Manifest.read(file, handed::add);

        // then every other key reads as before; the outputs went to the consumer only
        assertThat(handed).containsExactlyElementsOf(manifest.outputs());
        assertThat(read.outputs()).isEmpty();
        assertThat(read.counts()).isEqualTo(manifest.counts());
        assertThat(read.changes()).isEqualTo(manifest.changes());
        assertThat(read.run()).isEqualTo(manifest.run());
    }

    @Test
    void readingWithAConsumerReportsAMissingKeyWithItsPosition() throws Exception {
        // given
        Path file = dir.resolve(Manifest.FILE_NAME);
        manifest().write(file);
        Files.writeString(file, Files.readString(file).replace("\"size\" : 10,", ""));

        // when / then
        assertThatThrownBy(() -> Manifest.read(file, output -> { }))
                .isInstanceOf(Manifest.InvalidManifestException.class)
                .hasMessage(file + ": outputs[1].size is missing");
    }

    @Test
    void writesOutputsThatCanBeIteratedOnlyOnce() throws Exception {
        // given outputs that can only be iterated (as the manifest writer's view of a run folder)
        List<Manifest.Output> outputs = manifest().outputs();
        List<Manifest.Output> onePass = new AbstractList<>() {
            @Override
            public Iterator<Manifest.Output> iterator() {
                return outputs.iterator();
            }

            @Override
            public Manifest.Output get(int index) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int size() {
                throw new UnsupportedOperationException();
            }
        };
        Manifest m = manifest();
        Manifest streamed = new Manifest(m.runDate(), m.job(), m.inputDir(), m.startedAt(), m.finishedAt(), m.exitCode(), m.run(),
                m.inputs(), m.counts(), m.coverage(), m.changes(), onePass);
        Path file = dir.resolve(Manifest.FILE_NAME);
        Path expected = dir.resolve("expected.json");
        m.write(expected);

        // when
        streamed.write(file);

        // then byte for byte what a plain list gives
        assertThat(Files.readString(file)).isEqualTo(Files.readString(expected));
    }

    @Test
    void aFileThatIsNotJsonIsReportedAsNotAManifest() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve(Manifest.FILE_NAME), "{\"run_date\": ");

        // when / then
        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(Manifest.InvalidManifestException.class)
                .hasMessageStartingWith(file + " is not a manifest: ");
    }

    static Manifest manifest() {
        Map<String, Long> byRule = new LinkedHashMap<>();
        byRule.put("hourly-vs-yearly/warning", 1L);
        Map<String, Manifest.Coverage> coverage = new LinkedHashMap<>();
        coverage.put("salary_max", new Manifest.Coverage(4, 5));
        coverage.put("demographics:gender", new Manifest.Coverage(5, 5));
        return new Manifest(LocalDate.parse("2026-11-27"), "nightly", "/srv/input", "2026-11-27T06:00:00.123456789Z",
                "2026-11-27T06:01:00Z", 1, new Manifest.Run(3, 4, "2026-11-27-3-9960de51", "abcd"),
                List.of(new Manifest.Input("roles.csv", "1234", 6L, 5L, 1L), new Manifest.Input("source.txt", "5678", null, null, null)),
                new Manifest.Counts(6, 5, 1, 3, 1, 1, 1, null, 0, 1, 0, byRule), coverage,
                new Manifest.Changes(LocalDate.parse("2026-11-26"), List.of(
                        new Manifest.Added("medical-receptionist"),
                        new Manifest.Removed("patient-relations-manager"),
                        new Manifest.Changed("patient-account-manager", "average salary", 43633.0, 45001.5, 3.1363875965439005, "%"),
                        new Manifest.Changed("patient-account-manager", "gender: Female", 78.8, null, null, "pp")), 1, 1, 2),
                List.of(new Manifest.Output("comparisons.csv", 732, "aaaa"), new Manifest.Output("pdf/a-vs-b.pdf", 10, "bbbb")));
    }
}
