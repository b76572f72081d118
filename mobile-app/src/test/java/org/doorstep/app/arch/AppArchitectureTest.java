package org.doorstep.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.doorstep.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule noServerImports = noClasses().that().resideInAPackage("org.doorstep.app..")
            .should().dependOnClassesThat().resideInAPackage("org.doorstep.server..");

    /** The sync-server e2e test uses these with no JavaFX on its class path. */
    @ArchTest
    static final ArchRule syncAndStoreArePlainJava = noClasses()
            .that().resideInAnyPackage("org.doorstep.app.sync..", "org.doorstep.app.store..", "org.doorstep.app.caseload..")
            .and().haveSimpleNameNotEndingWith("View").and().haveSimpleNameNotEndingWith("Presenter")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..");

    @ArchTest
    static final ArchRule outboxCoreIsPlainJava = noClasses()
            .that().haveFullyQualifiedName("org.doorstep.app.outbox.Outbox")
            .or().haveFullyQualifiedName("org.doorstep.app.outbox.OutboxWorker")
            .or().haveFullyQualifiedName("org.doorstep.app.outbox.OutboxEntry")
            .or().haveFullyQualifiedName("org.doorstep.app.sync.ServerApi")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..");
}
