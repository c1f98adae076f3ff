package org.spoor.architecture;

import org.spoor.testsupport.ProductionClassesOnly;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.spoor.testsupport.ArchitectureRules;

/** case-model is the bottom of the module graph: it knows no GUI, parser, PDF library or higher module. */
@AnalyzeClasses(packages = "org.spoor", importOptions = ProductionClassesOnly.class)
class CaseModelArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = ArchitectureRules.noJavaFx();

    @ArchTest
    static final ArchRule noTika = ArchitectureRules.noTika();

    @ArchTest
    static final ArchRule noIText = ArchitectureRules.noIText();

    @ArchTest
    static final ArchRule noHigherModule = ArchitectureRules.noUpwardDependency("case-model",
            "org.spoor.ingest..", "org.spoor.mapping..", "org.spoor.reports..", "org.spoor.app..");

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noPackageCycles();
}
