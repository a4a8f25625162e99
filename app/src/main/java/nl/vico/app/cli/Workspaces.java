package nl.vico.app.cli;

import java.nio.file.Path;
import nl.vico.app.UserInputException;
import nl.vico.app.neo4j.DatabaseConnection;
import nl.vico.importer.ImportSummary;
import nl.vico.importer.neo4j.WorkspaceNames;

/** Workspace names and import summaries, for the commands. */
final class Workspaces {
    private Workspaces() {
    }

    /** The given name, or else one made from the folder's name (blanks and odd characters become '-'). */
    static String resolveName(String given, Path dir) {
        if (given != null) {
            return given;
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        if (name == null) {
            throw new UserInputException("cannot take a workspace name from " + dir + " — give one with --workspace NAME");
        }
        return WorkspaceNames.fromFolderName(name.toString());
    }

    static String describe(ImportSummary s, String ws, DatabaseConnection db) {
        if (s.unchanged()) {
            return "Workspace " + ws + " already holds exactly this dataset: nothing changed (" + db.description() + ").";
        }
        return String.format("Imported into workspace %s: %,d actors, %,d ties, %,d consortia, %,d memberships, %,d neighbourhoods (%s).",
                ws, s.actors(), s.ties(), s.consortia(), s.memberships(), s.neighbourhoods(), db.description());
    }
}
