package dev.idcenter.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of the architecture: the modules are the architecture, so a test guards them. */
class ModuleRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.idcenter");
    }

    @Test
    void sharedEventsKnowNoSpringAndNoOtherModule() {
        noClasses().that().resideInAPackage("dev.idcenter.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "dev.idcenter.command..",
                        "dev.idcenter.query..", "dev.idcenter.policy..", "dev.idcenter.protocol..", "dev.idcenter.server..")
                .check(classes);
    }

    @Test
    void policyEngineIsPlainJavaAndJackson() {
        noClasses().that().resideInAPackage("dev.idcenter.policy..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "dev.idcenter.events..", "dev.idcenter.command..", "dev.idcenter.query..", "dev.idcenter.server..")
                .check(classes);
    }

    @Test
    void awsProtocolIsPlainJavaAndJackson() {
        noClasses().that().resideInAPackage("dev.idcenter.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..",
                        "dev.idcenter.events..", "dev.idcenter.command..", "dev.idcenter.query..", "dev.idcenter.server..")
                .check(classes);
    }

    @Test
    void commandSideNeverDependsOnQuerySide() {
        noClasses().that().resideInAPackage("dev.idcenter.command..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.idcenter.query..", "dev.idcenter.server..")
                .check(classes);
    }

    @Test
    void querySideNeverDependsOnCommandSide() {
        noClasses().that().resideInAPackage("dev.idcenter.query..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.idcenter.command..", "dev.idcenter.protocol..",
                        "dev.idcenter.server..")
                .check(classes);
    }

    @Test
    void aggregatesHaveNoSpringNoClockAndNoRandomness() {
        noClasses().that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "java.io..",
                        "java.net..", "java.nio.file..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.security.SecureRandom")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.UUID")
                .check(classes);
    }
}
