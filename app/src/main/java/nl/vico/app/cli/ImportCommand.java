package nl.vico.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vico.app.ExitCodes;
import nl.vico.app.neo4j.DatabaseConnection;
import nl.vico.importer.Dataset;
import nl.vico.importer.ImportSummary;
import nl.vico.importer.neo4j.Neo4jStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vico import DIR}: validates a dataset folder and writes it into a workspace, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Validate the dataset in DIR and import it into a workspace of the database.",
            "Every problem is reported as file:line:column before anything is written; an import is all or nothing.",
            "Re-importing an unchanged folder changes nothing; a changed folder replaces the workspace's content."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with actors.csv (and optionally ties.csv, consortia.csv, members.csv, neighbourhoods.csv).")
    Path dir;

    @Option(names = {"-w", "--workspace"}, paramLabel = "W", description = "Workspace to import into (default: the folder's name).")
    String workspace;

    @Mixin
    Neo4jOptions neo4j;

    @Override
    public Integer call() {
        Dataset dataset = Datasets.read(dir);
        String ws = Workspaces.resolveName(workspace, dir);
        PrintWriter out = spec.commandLine().getOut();
        try (var db = Datasets.connect(neo4j, spec)) {
            ImportSummary summary = importInto(db, ws, dataset, spec.commandLine().getErr());
            out.println(Workspaces.describe(summary, ws, db));
        }
        return ExitCodes.OK;
    }

    static ImportSummary importInto(DatabaseConnection db, String ws, Dataset dataset, PrintWriter err) {
        var store = new Neo4jStore(db.driver());
        store.ensureSchema();
        return store.importNetwork(ws, dataset, new ProgressPrinter(err));
    }
}
