package nl.vico.analyzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The analyzer is model + JGraphT only (STYLE.md): no database, no framework, no pictures, no JSON library. */
@AnalyzeClasses(packages = "nl.vico.analyzer", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {
    @ArchTest
    static final ArchRule analyzer_importsNoNeo4jSpringGraphStreamOrJackson = noClasses()
            .that().resideInAPackage("nl.vico.analyzer..")
            .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "org.springframework..",
                    "org.graphstream..", "com.fasterxml..")
            .because("the analyzer must run on a network snapshot alone; I/O and serialisation live in other modules");

    @ArchTest
    static final ArchRule analyzer_doesNotPrint = noClasses()
            .that().resideInAPackage("nl.vico.analyzer..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the analyzer does not log; what a user should know goes into the report");
}
