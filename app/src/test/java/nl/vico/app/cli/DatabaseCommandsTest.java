package nl.vico.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that use the database, end to end: each run starts the real embedded Neo4j in a temporary
 * data folder, exactly as {@code ./vico} does in {@code ~/.vico/neo4j}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private static Cli vico(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.resolve("neo4j").toString();
        return Cli.run(all);
    }

    @Test
    @Order(1)
    void import_thenReimport_changesNothingTheSecondTime() {
        Path dir = Cli.reference("florentine_families");
        Cli first = vico("import", dir.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("Imported into workspace florentine_families").contains("15 actors").contains("20 ties");
        Cli again = vico("import", dir.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("nothing changed");
    }

    @Test
    @Order(2)
    void analyzeWorkspace_givesTheSameJsonAsTheFiles() throws IOException {
        Path dir = Cli.reference("florentine_families");
        Cli fromDb = vico("analyze", "--workspace", "florentine_families", "--format", "json");
        Cli fromFiles = Cli.run("analyze", dir.toString(), "--format", "json");
        assertThat(fromDb.exit()).as(fromDb.err()).isZero();
        assertThat(JSON.readTree(fromDb.out())).isEqualTo(JSON.readTree(fromFiles.out()));
    }

    @Test
    @Order(3)
    void importBadDataset_exit2AndDatabaseUnchanged(@TempDir Path tmp) throws IOException {
        Cli before = vico("workspaces");
        Path dir = tmp.resolve("florentine_families"); // same workspace name: must not be touched
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("actors.csv"), "id,name,type\nx,X,school\ny,Y,martian\n", StandardCharsets.UTF_8);
        Cli run = vico("import", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("actors.csv:3:3").contains("nothing was written");
        Cli after = vico("workspaces");
        assertThat(after.out()).isEqualTo(before.out());
        Cli analysis = vico("analyze", "--workspace", "florentine_families", "--format", "json");
        assertThat(JSON.readTree(analysis.out()).at("/network/n_actors").asInt()).isEqualTo(15);
    }

    @Test
    @Order(4)
    void workspaces_listAndDelete() {
        Cli k = vico("import", Cli.reference("karate_club").toString(), "--workspace", "karate");
        assertThat(k.exit()).as(k.err()).isZero();
        Cli list = vico("workspaces");
        assertThat(list.out()).contains("florentine_families").contains("karate");
        Cli del = vico("workspaces", "delete", "karate");
        assertThat(del.exit()).as(del.err()).isZero();
        assertThat(vico("workspaces").out()).contains("florentine_families").doesNotContain("karate");
        Cli missing = vico("workspaces", "delete", "karate");
        assertThat(missing.exit()).isEqualTo(2);
        Cli unknown = vico("analyze", "--workspace", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no workspace nope");
    }

    @Test
    @Order(5)
    void demo_importsTheExampleAndPrintsItsAnalysisWithConsortia() {
        Cli run = vico("demo");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("vico analysis of " + DemoCommand.EXAMPLE).contains("Consortia");
        assertThat(vico("workspaces").out()).contains(DemoCommand.EXAMPLE);
    }

    @Test
    @Order(6)
    void workspaceOfDutchCodedFiles_answersInDutch_byDefault() throws IOException {
        Cli imported = vico("import", Cli.example("molenhoek").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        // examples/molenhoek: Stichting Dorpshuis De Molen holds 0.80 of Dorpshuis Continu's budget (see LanguageTest)
        String dutch = "Stichting Dorpshuis De Molen heeft 80% van het budget van Dorpshuis Continu in handen";
        Cli analysis = vico("analyze", "--workspace", "molenhoek", "--format", "json");
        assertThat(analysis.exit()).as(analysis.err()).isZero();
        assertThat(JSON.readTree(analysis.out()).at("/consortia/dorpshuis_continu/findings").toString()).contains(dutch);

        Path html = dataDir.resolve("molenhoek.html");
        Cli report = vico("report", "--workspace", "molenhoek", "--out", html.toString());
        assertThat(report.exit()).as(report.err()).isZero();
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("<html lang=\"nl\"").contains(dutch).doesNotContain("holds 80% of the budget");
    }
}
