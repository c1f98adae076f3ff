package org.spoor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.spoor.testsupport.ProductionClassesOnly;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The command line and the demo run without JavaFX (on a server, in CI, for a prosecutor's script): only
 * the GUI packages may touch it, and the GUI holds no business rules, so it never writes SQL itself.
 */
@AnalyzeClasses(packages = "org.spoor.app", importOptions = ProductionClassesOnly.class)
class WorkbenchArchitectureTest {

    @ArchTest
    static final ArchRule commandLineWithoutJavaFx = noClasses()
            .that().resideInAnyPackage("org.spoor.app.cli..", "org.spoor.app.demo..", "org.spoor.app.bundle..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the command line must run where no display exists");

    /**
     * Known debt, named rather than hidden: the evidence browser's paging and detail queries
     * ({@code ui.evidence.CaseExhibitSource}, {@code ExhibitDetailReader}) still build jOOQ queries and
     * belong in case-model's exhibit repositories. Every other GUI package is held to the rule.
     */
    @ArchTest
    static final ArchRule guiCallsServicesNotSql = noClasses()
            .that().resideInAPackage("org.spoor.app.ui..")
            .and().resideOutsideOfPackage("org.spoor.app.ui.evidence..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..")
            .because("the GUI calls the same services the command line calls; SQL lives in repositories");
}
