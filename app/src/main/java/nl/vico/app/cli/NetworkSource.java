package nl.vico.app.cli;

import java.nio.file.Path;
import nl.vico.importer.Dataset;
import nl.vico.model.StakeholderNetwork;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where a command takes its network from: a dataset folder (read straight from the files, no database
 * started) or a workspace in the database. Used as a picocli mixin.
 */
public final class NetworkSource {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Mixin
    Neo4jOptions neo4j;

    static final class Choice {
        @Parameters(index = "0", paramLabel = "DIR", description = "Dataset folder, read straight from its files.")
        Path dir;

        @Option(names = {"-w", "--workspace"}, paramLabel = "W", required = true, description = "Workspace in the database.")
        String workspace;
    }

    /**
     * The network, and whether its files spell codes in Dutch (for a workspace: whether the files imported into it
     * did), which makes Dutch the default language of the output.
     */
    record Loaded(StakeholderNetwork network, boolean dutch) {
    }

    Loaded load(CommandSpec spec) {
        if (choice.dir != null) {
            Dataset d = Datasets.read(choice.dir);
            return new Loaded(d.network(), d.usesDutchAliases());
        }
        try (var db = Datasets.connect(neo4j, spec)) {
            return AnalyzeCommand.loadWorkspace(db, choice.workspace);
        }
    }
}
