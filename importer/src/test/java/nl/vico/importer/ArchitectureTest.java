package nl.vico.importer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import nl.vico.importer.neo4j.Neo4jStore;
import org.junit.jupiter.api.Test;

/** The importer's main code reaches Neo4j through the Java driver only, and uses nothing of Spring, JGraphT or GraphStream. */
class ArchitectureTest {
    /** The classes compiled from src/main (target/classes), found where Neo4jStore was loaded from. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(List.of(Location.of(Neo4jStore.class.getProtectionDomain().getCodeSource().getLocation())));

    @Test
    void importedClasses_areTheImportersMainCode() {
        assertThat(MAIN.contain("nl.vico.importer.DatasetReader")).isTrue();
        assertThat(MAIN.contain("nl.vico.importer.neo4j.Neo4jStore")).isTrue();
        assertThat(MAIN.contain("nl.vico.importer.DatasetReaderTest")).isFalse();
        // the rules below see dependencies: the store does use the driver
        assertThat(MAIN.get("nl.vico.importer.neo4j.Neo4jStore").getDirectDependenciesFromSelf())
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.neo4j.driver"));
    }

    @Test
    void mainCode_usesOnlyTheDriverOfNeo4j() {
        noClasses().that().resideInAPackage("nl.vico.importer..")
                .should().dependOnClassesThat(resideInAPackage("org.neo4j..").and(not(resideInAPackage("org.neo4j.driver.."))))
                .check(MAIN);
    }

    @Test
    void mainCode_usesNothingOfSpringJgraphtGraphstreamOrTheOtherModules() {
        noClasses().that().resideInAPackage("nl.vico.importer..")
                .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "org.jgrapht..", "org.graphstream..",
                        "nl.vico.analyzer..", "nl.vico.viz..", "nl.vico.app..", "nl.vico.embedded.."))
                .check(MAIN);
    }
}
