package nl.vico.importer.neo4j;

import java.util.regex.Pattern;

/**
 * Rules for workspace names: 1 to 64 characters, letters, digits, {@code _}, {@code .} and {@code -},
 * starting with a letter or digit — safe in file names, URLs and command lines alike.
 */
public final class WorkspaceNames {
    /** The form of a valid workspace name. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private WorkspaceNames() {
    }

    public static boolean isValid(String name) {
        return name != null && PATTERN.matcher(name).matches();
    }

    /**
     * Returns the name when it is valid.
     *
     * @throws InvalidWorkspaceNameException naming the fix, with a valid suggestion
     */
    public static String requireValid(String name) {
        if (isValid(name)) {
            return name;
        }
        String suggestion = fromFolderName(name);
        throw new InvalidWorkspaceNameException("workspace name \"" + name + "\" is not allowed — use 1 to 64 letters,"
                + " digits, '_', '.' or '-', starting with a letter or digit (for example --workspace " + suggestion + ")");
    }

    /**
     * A valid workspace name made from a folder's name: other characters become {@code _}, leading
     * {@code _ . -} are dropped, the result is cut at 64 characters; {@code workspace} when nothing is left.
     */
    public static String fromFolderName(String folder) {
        String s = folder == null ? "" : folder.strip().replaceAll("[^A-Za-z0-9_.-]", "_").replaceFirst("^[_.-]+", "");
        if (s.length() > 64) {
            s = s.substring(0, 64);
        }
        return s.isEmpty() ? "workspace" : s;
    }
}
