package org.doorstep.server.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.doorstep.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {

    @ArchTest
    static final ArchRule serverDoesNotUseTheApp = noClasses().that().resideInAPackage("org.doorstep.server..")
            .should().dependOnClassesThat().resideInAPackage("org.doorstep.app..");

    @ArchTest
    static final ArchRule caseEntriesAreOnlyWrittenByIngest = noClasses().that().resideOutsideOfPackage("org.doorstep.server.notes..")
            .should().callConstructor(org.doorstep.server.notes.CaseEntryRow.class);
}
