package org.glassbox.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of the architecture page, kept by the build. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.glassbox");
    }

    @Test
    void apiDependsOnNothingButTheJdkAndAxonAnnotations() {
        ArchRule rule = noClasses().that().resideInAPackage("org.glassbox.api..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.glassbox.api..", "java..",
                        "org.axonframework.modelling.command", "org.axonframework.serialization");
        rule.check(classes);
    }

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses().that().resideInAPackage("org.glassbox.query..")
                .should().dependOnClassesThat().resideInAnyPackage("org.glassbox.command..", "org.glassbox.ui..")
                .check(classes);
    }

    @Test
    void theCommandSideNeverDependsOnTheQuerySideOrTheUi() {
        noClasses().that().resideInAPackage("org.glassbox.command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.glassbox.query..", "org.glassbox.ui..")
                .check(classes);
    }

    @Test
    void domainCodeTakesTimeFromAnInjectedClock() {
        noClasses().that().resideInAnyPackage("org.glassbox.api..", "org.glassbox.command..", "org.glassbox.query..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(classes);
    }

    @Test
    void viewsAndControllersNeverReadTablesDirectly() {
        noClasses().that().resideInAnyPackage("org.glassbox.ui.cases..", "org.glassbox.ui.admin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..")
                .check(classes);
    }
}
