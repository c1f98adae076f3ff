package org.spoor.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The module direction of ARCHITECTURE.md as executable rules; each module's architecture test applies
 * the ones that concern it. Each rule says why, so a failure explains itself.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static ArchRule noJavaFx() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .because("only workbench-app knows JavaFX: maps and PDFs are rendered headless and the GUI holds"
                        + " no business rules");
    }

    public static ArchRule noTika() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.tika..")
                .because("the case file must not depend on parsing: evidence-import turns files into rows");
    }

    public static ArchRule noIText() {
        return noClasses().should().dependOnClassesThat().resideInAPackage("com.itextpdf..")
                .because("PDF production belongs to reports; the case model stays format-free");
    }

    public static ArchRule noWorkbenchApp() {
        return noClasses().that().resideOutsideOfPackage("org.spoor.app..")
                .should().dependOnClassesThat().resideInAPackage("org.spoor.app..")
                .because("arrows point down only: nothing imports workbench-app");
    }

    public static ArchRule noPackageCycles() {
        // jOOQ's generated schema classes refer to each other by design; they are not code we write.
        return slices().matching("org.spoor.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("org.spoor.casefile.db.."),
                        resideInAPackage("org.spoor.casefile.db.."))
                .because("package cycles make features impossible to understand or move on their own");
    }

    public static ArchRule noUpwardDependency(String module, String... higherPackages) {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(higherPackages)
                .because(module + " sits below " + String.join(", ", higherPackages) + " in ARCHITECTURE.md");
    }
}
