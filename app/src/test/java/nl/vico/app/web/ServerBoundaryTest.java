package nl.vico.app.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Spring starts for {@code vico serve} only: no other command touches Spring or the server's classes,
 * and the server does not reach back into the command line.
 */
class ServerBoundaryTest {
    /** The app's own compiled classes (the working directory of a test is the module). */
    private final com.tngtech.archunit.core.domain.JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPath(java.nio.file.Path.of("target", "classes"));

    @Test
    void onlyTheServeCommand_usesSpringOrTheServer() {
        noClasses().that().resideInAPackage("nl.vico.app.cli..").and().doNotHaveSimpleName("ServeCommand")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "nl.vico.app.web..")
                .check(app);
    }

    @Test
    void theServer_doesNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("nl.vico.app.web..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.vico.app.cli..", "picocli..")
                .check(app);
    }
}
