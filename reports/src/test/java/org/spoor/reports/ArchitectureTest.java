package org.spoor.reports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    static final JavaClasses REPORTS = new ClassFileImporter()
            // Not ImportOption.DO_NOT_INCLUDE_TESTS: builds here use target-NAME/ folders it does not know.
            .withImportOption(location -> !location.contains("/test-classes/")).importPackages("org.spoor.reports");

    @Test
    void reportsNeverTouchJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("bundles and packs are produced headless, from the command line as from the GUI")
                .check(REPORTS);
    }

    @Test
    void sectionsSeeOnlyTheDisclosedCaseNeverTheRequest() {
        noClasses().that().resideInAPackage("..bundle.section..")
                .should().dependOnClassesThat().haveSimpleName("BundleRequest")
                .because("withheld material must not be able to reach a page by mistake")
                .check(REPORTS);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.spoor.reports.(**)").should().beFreeOfCycles()
                .because("each feature package can then be read and changed on its own").check(REPORTS);
    }
}
