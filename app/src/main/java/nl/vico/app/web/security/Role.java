package nl.vico.app.web.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an account may do, each role including the ones before it. Access to a workspace's content also
 * needs membership of that workspace, except for administrators, who reach every workspace.
 */
public enum Role {
    /** Reads the workspaces it is a member of; sees residents under a pseudonym unless granted their names. */
    VIEWER,
    /** Also edits and imports into its workspaces, and creates new ones. */
    ANALYST,
    /** Also manages accounts and workspaces, and reaches every workspace. */
    ADMIN;

    /** The lower-case key used in the API, e.g. {@code analyst}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Spring Security's authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(norm)).findFirst();
    }
}
