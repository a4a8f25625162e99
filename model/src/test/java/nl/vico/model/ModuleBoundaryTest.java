package nl.vico.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model needs the JDK only: every other module depends on it, and it on nothing. */
class ModuleBoundaryTest {
    @Test
    void model_dependsOnJdkOnly() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.vico.model");
        noClasses().should().dependOnClassesThat()
                .resideOutsideOfPackages("nl.vico.model..", "java..")
                .because("model needs only the JDK (see STYLE.md)")
                .check(classes);
    }
}
