package org.spoor.mapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

class MappingArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.spoor.mapping");

    @Test
    void mappingNeverTouchesJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("maps for PDFs and the command line are rendered headless; only workbench-app knows JavaFX")
                .check(CLASSES);
    }

    @Test
    void mappingDoesNotReachIntoTheAppOrTheCaseFileInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.spoor.app..", "org.spoor.casefile.db..")
                .because("the app maps case items onto EvidencePoint and Route; mapping takes plain records")
                .check(CLASSES);
    }

    @Test
    void mappingPackagesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("org.spoor.mapping.(*)..").should().beFreeOfCycles()
                .because("packages by feature must stay separable").check(CLASSES);
    }
}
