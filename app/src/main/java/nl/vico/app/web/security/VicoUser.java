package nl.vico.app.web.security;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An account of the server, kept in Neo4j as {@code (:VicoUser)} apart from the workspaces' data.
 *
 * @param name          the login name
 * @param role          what the account may do
 * @param workspaces    the workspaces it is a member of (administrators reach all of them regardless)
 * @param residentNames whether it may see residents (private persons) by name; viewers see pseudonyms otherwise
 */
public record VicoUser(String name, Role role, Set<String> workspaces, boolean residentNames) {
    /** Login names: 1 to 64 letters, digits, {@code _ . @ -}, starting with a letter or digit. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}");

    public VicoUser {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("account name " + name + " is not allowed — use 1 to 64 letters, digits,"
                    + " '_', '.', '@' or '-', starting with a letter or digit");
        }
        Objects.requireNonNull(role, "an account has a role — viewer, analyst or admin");
        workspaces = workspaces == null ? Set.of() : Set.copyOf(new TreeSet<>(workspaces));
    }

    /** Whether the account may read the workspace. */
    public boolean mayRead(String workspace) {
        return role == Role.ADMIN || workspaces.contains(workspace);
    }

    /** Whether the account may change the workspace's content. */
    public boolean mayWrite(String workspace) {
        return role.atLeast(Role.ANALYST) && mayRead(workspace);
    }

    /** Whether residents appear by name to this account (analysts and admins, or viewers granted it). */
    public boolean seesResidentNames() {
        return residentNames || role.atLeast(Role.ANALYST);
    }
}
