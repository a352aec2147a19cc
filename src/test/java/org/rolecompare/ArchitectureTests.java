package org.rolecompare;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the code base and the doors between them, checked on the compiled classes. Each
 * package may use only the packages listed for it below, and no packages form a cycle. The table is
 * the README's "Project layout" in code: a change that needs a new door has to add it here, in
 * review, instead of letting SQL, rules and Batch wiring drift back into one package.
 */
class ArchitectureTests {

    private static final String ROOT = "org.rolecompare";

    /** Package (relative to org.rolecompare, "" for the root) to the packages it may use besides itself. */
    private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("compare", List.of());
        ALLOWED.put("jobfile", List.of());
        ALLOWED.put("files", List.of("ingest", "validate"));
        ALLOWED.put("ingest", List.of("compare"));
        ALLOWED.put("validate", List.of("compare", "ingest"));
        ALLOWED.put("generate", List.of("compare", "ingest"));
        ALLOWED.put("staging", List.of("compare", "ingest", "validate", "files", "related"));
        ALLOWED.put("related", List.of("compare", "ingest", "validate"));
        ALLOWED.put("changes", List.of("compare", "ingest", "validate", "staging"));
        ALLOWED.put("report", List.of("compare", "validate", "files"));
        ALLOWED.put("report.content", List.of("compare"));
        ALLOWED.put("report.pdf", List.of("compare", "validate", "files", "report", "report.content"));
        ALLOWED.put("report.xlsx", List.of("compare", "validate", "changes", "files", "report"));
        ALLOWED.put("report.csv", List.of("compare", "validate", "files", "report", "report.xlsx"));
        ALLOWED.put("report.html", List.of("compare", "files", "report.content"));
        ALLOWED.put("publish", List.of("compare", "ingest", "validate", "staging", "changes", "files"));
        ALLOWED.put("delivery", List.of("compare", "validate", "files", "publish", "jobfile"));
        ALLOWED.put("job", List.of("compare", "ingest", "validate", "staging", "changes", "files", "report",
                "report.content", "report.pdf", "report.xlsx", "report.csv", "report.html", "publish", "related"));
        ALLOWED.put("cluster", List.of("compare", "validate", "staging", "files", "job", "jobfile"));
        ALLOWED.put("cli", List.of("compare", "ingest", "validate", "staging", "changes", "files", "report",
                "report.content", "report.pdf", "report.xlsx", "report.csv", "report.html", "publish", "delivery", "job", "jobfile", "cluster", "generate", "related", ""));
        ALLOWED.put("", List.of("cli"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void everyPackageUsesOnlyThePackagesItIsAllowedTo() {
        // given
        StringBuilder violations = new StringBuilder();

        // when
        ALLOWED.forEach((pkg, allowed) -> {
            String own = name(pkg);
            String[] permitted = allowed.stream().map(ArchitectureTests::name).toArray(String[]::new);
            ArchRule rule = classes().that().resideInAPackage(own)
                    .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..")
                            .or(resideInAnyPackage(own))
                            .or(resideInAnyPackage(permitted)))
                    .allowEmptyShould(true);
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                violations.append(result.getFailureReport()).append('\n');
            }
        });

        // then
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.toString());
        }
    }

    @Test
    void everyPackageIsListed() {
        // then
        classes().should().resideInAnyPackage(ALLOWED.keySet().stream().map(ArchitectureTests::name).toArray(String[]::new))
                .check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        // then
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheCommandLineAndClusterModeStartTheJob() {
        // then
        noClasses().that(not(resideInAnyPackage(name("cli"), name("cluster"), name("job"), name(""))))
                .should().dependOnClassesThat().resideInAPackage(name("job"))
                .check(classes);
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? ROOT : ROOT + "." + pkg;
    }
}
