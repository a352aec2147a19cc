package org.rolecompare.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolecompare.compare.MetricsCalculator;
import org.rolecompare.compare.Role;
import org.rolecompare.compare.RoleProfile;
import org.rolecompare.compare.SeedProfiles;
import org.rolecompare.validate.Finding;

/**
 * Rows written straight into the sheets' XML make the same workbook, part for part, as rows
 * written through POI's row and cell objects: numbers in every format, booleans, text that needs
 * escaping or cutting, real hyperlinks and HYPERLINK formulas, empty cells, tables continued on
 * further sheets.
 */
class DirectRowsTests {

    @TempDir
    Path dir;

    @Test
    void writeTheSameWorkbookAsPoisRows() throws IOException {
        // given
        WorkbookSource source = source(700);
        Limits limits = new Limits(150, 5);
        Path direct = dir.resolve("direct.xlsx");
        Path throughPoi = dir.resolve("poi.xlsx");

        // when
        WorkbookResult directResult = WorkbookWriter.write(source, direct, limits, true);
        WorkbookResult poiResult = WorkbookWriter.write(source, throughPoi, limits, false);

        // then
        assertThat(directResult).isEqualTo(poiResult);
        Map<String, byte[]> directParts = parts(direct);
        Map<String, byte[]> poiParts = parts(throughPoi);
        assertThat(directParts.keySet()).containsExactlyElementsOf(poiParts.keySet()).contains("xl/worksheets/sheet6.xml");
        for (String part : poiParts.keySet()) {
            assertThat(new String(directParts.get(part), StandardCharsets.UTF_8)).as(part)
                    .isEqualTo(new String(poiParts.get(part), StandardCharsets.UTF_8));
        }
        assertThat(new String(directParts.get("xl/worksheets/sheet2.xml"), StandardCharsets.UTF_8))
                .contains("<f>HYPERLINK(").contains("t=\"b\"").contains("<dimension ref=\"A1:");
    }

    /** The seed workbook's rows, and {@code comparisons} comparisons of varied pairs with report links. */
    private static WorkbookSource source(int comparisons) {
        WorkbookWriterTests.TestSource seed = (WorkbookWriterTests.TestSource) WorkbookWriterTests.seedSource();
        RoleProfile left = SeedProfiles.patientRelationsManager();
        RoleProfile right = SeedProfiles.patientAccountManager();
        List<ComparisonRow> rows = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        seed.roles(roles::add);
        for (int i = 0; i < comparisons; i++) {
            Role r = right.role();
            RoleProfile varied = new RoleProfile(new Role(r.id() + "-" + i, i % 3 == 0 ? " <Lead> & \"Co\" " + i : r.title(),
                    r.description(), i % 4 == 0 ? null : r.yearsToBecome(), 30_000 + 997.5 * i, i % 5 == 0 ? null : r.hourlyRate(),
                    r.salaryMin(), r.salaryMax(), r.growthRate(), r.jobCount(), r.jobSatisfaction(), r.commonDegree(),
                    r.commonDegreeShare(), r.commonMajor(), r.commonCollege(), r.averageAge(), r.yearsExperience(), r.lgbtShare(),
                    r.highestPayingCity(), r.highestPayingState(), r.bestPayingCompany(), r.bestPayingIndustry(), null, null),
                    right.breakdowns(), i % 6 == 0 ? List.of() : right.skills(), right.responsibilities());
            rows.add(new ComparisonRow(left.role(), varied.role(), MetricsCalculator.compute(left, varied),
                    i % 7 == 0 ? null : "pdf/pair " + i + ".pdf"));
            if (i % 50 == 0) {
                roles.add(varied.role());
            }
        }
        List<Finding> findings = new ArrayList<>();
        seed.findings(findings::add);
        List<SkillEntry> skills = new ArrayList<>();
        seed.skills(skills::add);
        List<DemographicEntry> demographics = new ArrayList<>();
        seed.demographics(demographics::add);
        return new WorkbookWriterTests.TestSource(WorkbookWriterTests.facts(), seed.dimensions(), rows, roles,
                findings).withLongTables(skills, Collections.nCopies(400, demographics.get(0)));
    }

    /** Every part of the workbook by name, in the order of the file. */
    static Map<String, byte[]> parts(Path workbook) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }
}
