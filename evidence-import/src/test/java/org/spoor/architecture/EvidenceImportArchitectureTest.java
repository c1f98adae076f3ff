package org.spoor.architecture;

import org.spoor.testsupport.ProductionClassesOnly;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.spoor.testsupport.ArchitectureRules;

/** evidence-import turns files into case rows: no GUI, no PDF production, nothing above it. */
@AnalyzeClasses(packages = "org.spoor.ingest", importOptions = ProductionClassesOnly.class)
class EvidenceImportArchitectureTest {

    @ArchTest
    static final ArchRule noJavaFx = ArchitectureRules.noJavaFx();

    @ArchTest
    static final ArchRule noIText = ArchitectureRules.noIText();

    @ArchTest
    static final ArchRule noHigherModule = ArchitectureRules.noUpwardDependency("evidence-import",
            "org.spoor.reports..", "org.spoor.app..");

    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.noPackageCycles();
}
