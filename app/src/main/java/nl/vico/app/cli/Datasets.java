package nl.vico.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.vico.app.UserInputException;
import nl.vico.app.neo4j.DatabaseConnection;
import nl.vico.importer.Dataset;
import nl.vico.importer.DatasetReader;
import picocli.CommandLine.Model.CommandSpec;

/** Reading dataset folders and opening the database, shared by the commands. */
final class Datasets {
    private Datasets() {
    }

    /** Reads and validates a dataset folder; problems surface as a DatasetException (exit 2). */
    static Dataset read(Path dir) {
        if (!Files.exists(dir)) {
            throw new UserInputException(dir + ": no such folder — give the folder that holds actors.csv");
        }
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + " is a file, not a folder — give the folder that holds actors.csv");
        }
        return DatasetReader.read(dir);
    }

    static DatabaseConnection connect(Neo4jOptions options, CommandSpec spec) {
        var log = new java.io.PrintStream(new WriterOutputStream(spec.commandLine().getErr()), true,
                java.nio.charset.StandardCharsets.UTF_8);
        return DatabaseConnection.open(options.uri, options.user, options.password, options.embeddedDataDir(), log);
    }
}
