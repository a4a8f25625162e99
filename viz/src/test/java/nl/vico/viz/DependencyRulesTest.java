package nl.vico.viz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** viz is model + analyzer results + GraphStream (STYLE.md): no database, no framework, no importer, nothing of the app. */
@AnalyzeClasses(packages = "nl.vico.viz", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {
    @ArchTest
    static final ArchRule viz_importsNoNeo4jSpringImporterOrApp = noClasses()
            .that().resideInAPackage("nl.vico.viz..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "org.springframework..",
                    "nl.vico.importer..", "nl.vico.app..")
            .because("pictures and exports work on a network snapshot and its report; loading and serving live elsewhere");

    @ArchTest
    static final ArchRule viz_doesNotPrint = noClasses()
            .that().resideInAPackage("nl.vico.viz..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(Throwable.class, "printStackTrace")
            .because("library code does not print; the command line reports errors");
}
