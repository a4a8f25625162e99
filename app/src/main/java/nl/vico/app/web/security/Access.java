package nl.vico.app.web.security;

import nl.vico.importer.neo4j.WorkspaceNames;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account behind the current request and what it may do with a workspace. The account is read from
 * the database on each request, so a changed role or membership counts at once, even in an open session.
 */
@Component
public class Access {
    private final UserStore users;

    Access(UserStore users) {
        this.users = users;
    }

    /** The logged-in account. */
    public VicoUser user() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            throw new AuthenticationCredentialsNotFoundException("log in first");
        }
        return users.find(auth.getName()).map(UserStore.StoredUser::user)
                .orElseThrow(() -> new AccessDeniedException("the account " + auth.getName() + " no longer exists"));
    }

    /** The account, when it may read the workspace; refused otherwise. */
    public VicoUser read(String workspace) {
        WorkspaceNames.requireValid(workspace);
        VicoUser u = user();
        if (!u.mayRead(workspace)) {
            throw new AccessDeniedException("account " + u.name() + " is not a member of workspace " + workspace
                    + " — ask an administrator to add you");
        }
        return u;
    }

    /** The account, when it may change the workspace's content; refused otherwise. */
    public VicoUser write(String workspace) {
        VicoUser u = read(workspace);
        if (!u.mayWrite(workspace)) {
            throw new AccessDeniedException("account " + u.name() + " is a " + u.role().key() + " and may only read"
                    + " workspace " + workspace + " — an analyst or administrator can change it");
        }
        return u;
    }

    /** The account, when it may create workspaces (analysts and administrators). */
    public VicoUser creator() {
        VicoUser u = user();
        if (!u.role().atLeast(Role.ANALYST)) {
            throw new AccessDeniedException("account " + u.name() + " is a viewer — an analyst or administrator can"
                    + " create workspaces");
        }
        return u;
    }

    /** The account, when it is an administrator. */
    public VicoUser admin() {
        VicoUser u = user();
        if (u.role() != Role.ADMIN) {
            throw new AccessDeniedException("account " + u.name() + " is not an administrator");
        }
        return u;
    }
}
