package org.doorstep.model.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model is the contract between tablet and server: it may not lean on either side's toolkit. */
@AnalyzeClasses(packages = "org.doorstep.model", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule noUiOrServerFrameworks = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "jakarta..", "javax.ws..", "io.quarkus..", "org.hibernate..",
                    "com.gluonhq..", "java.awt..", "javax.swing..", "java.sql..");
}
