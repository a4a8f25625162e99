package nl.vico.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.vico.app.ExitCodes;
import nl.vico.app.UserInputException;
import nl.vico.importer.WorkspaceInfo;
import nl.vico.importer.neo4j.Neo4jStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vico workspaces}: list the workspaces of the database, or delete one. */
@Command(name = "workspaces", mixinStandardHelpOptions = true,
        description = "List the workspaces in the database (the default), or delete one.",
        subcommands = {WorkspacesCommand.ListCommand.class, WorkspacesCommand.DeleteCommand.class})
final class WorkspacesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    Neo4jOptions neo4j;

    @Override
    public Integer call() {
        return list(neo4j, spec);
    }

    static int list(Neo4jOptions neo4j, CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        try (var db = Datasets.connect(neo4j, spec)) {
            var all = new Neo4jStore(db.driver()).workspaces();
            if (all.isEmpty()) {
                out.println("No workspaces yet in the " + db.description() + ". Import one with 'vico import DIR' or run 'vico demo'.");
                return ExitCodes.OK;
            }
            out.printf("%-24s %8s %8s %9s  %s%n", "WORKSPACE", "ACTORS", "TIES", "CONSORTIA", "IMPORTED");
            for (WorkspaceInfo w : all) {
                out.printf("%-24s %,8d %,8d %,9d  %s%n", w.name(), w.actors(), w.ties(), w.consortia(), w.importedAt() == null ? "–"
                        : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                .withZone(java.time.ZoneOffset.UTC).format(w.importedAt()));
            }
            out.println("(" + db.description() + ")");
        }
        return ExitCodes.OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the workspaces (the default).")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Neo4jOptions neo4j;

        @Override
        public Integer call() {
            return list(neo4j, spec);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a workspace and everything in it.")
    static final class DeleteCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "W", description = "The workspace to delete.")
        String workspace;

        @Mixin
        Neo4jOptions neo4j;

        @Override
        public Integer call() {
            try (var db = Datasets.connect(neo4j, spec)) {
                if (!new Neo4jStore(db.driver()).delete(workspace)) {
                    throw new UserInputException("there is no workspace " + workspace + " — list them with 'vico workspaces'");
                }
                spec.commandLine().getOut().println("Deleted workspace " + workspace + " (" + db.description() + ").");
            }
            return ExitCodes.OK;
        }
    }
}
