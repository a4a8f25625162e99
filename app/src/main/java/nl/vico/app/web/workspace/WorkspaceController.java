package nl.vico.app.web.workspace;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import nl.vico.app.web.security.Access;
import nl.vico.app.web.security.Role;
import nl.vico.app.web.security.UserStore;
import nl.vico.app.web.security.VicoUser;
import nl.vico.importer.WorkspaceInfo;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspaces the account may see; analysts create them (and become members), administrators delete
 * them.
 */
@RestController
@Tag(name = "workspaces", description = "The workspaces the account may see")
@RequestMapping("/api/workspaces")
class WorkspaceController {
    private final WorkspaceService workspaces;
    private final Access access;
    private final UserStore users;

    WorkspaceController(WorkspaceService workspaces, Access access, UserStore users) {
        this.workspaces = workspaces;
        this.access = access;
        this.users = users;
    }

    /**
     * A workspace as listed.
     *
     * @param access {@code read} or {@code write}: what the account may do with it
     */
    record WorkspaceView(String name, int actors, int ties, int consortia, int memberships, int neighbourhoods,
                         Instant importedAt, String source, String contentHash, String access) {
        static WorkspaceView of(WorkspaceInfo w, VicoUser user) {
            return new WorkspaceView(w.name(), w.actors(), w.ties(), w.consortia(), w.memberships(), w.neighbourhoods(),
                    w.importedAt(), w.source(), w.contentHash(), user.mayWrite(w.name()) ? "write" : "read");
        }
    }

    record NewWorkspace(@NotBlank(message = "give the workspace's name") String name) {
    }

    @GetMapping
    List<WorkspaceView> list() {
        VicoUser user = access.user();
        return workspaces.list().stream().filter(w -> user.mayRead(w.name())).map(w -> WorkspaceView.of(w, user)).toList();
    }

    @GetMapping("/{workspace}")
    WorkspaceView get(@PathVariable String workspace) {
        VicoUser user = access.read(workspace);
        return WorkspaceView.of(workspaces.require(workspace), user);
    }

    @PostMapping
    ResponseEntity<WorkspaceView> create(@Valid @RequestBody NewWorkspace form) {
        VicoUser user = access.creator();
        String name = form.name().strip();
        workspaces.create(name);
        if (user.role() != Role.ADMIN) {
            users.addWorkspace(user.name(), name);
        }
        VicoUser now = access.user();
        return ResponseEntity.created(URI.create("/api/workspaces/" + name)).body(WorkspaceView.of(workspaces.require(name), now));
    }

    @DeleteMapping("/{workspace}")
    ResponseEntity<Void> delete(@PathVariable String workspace) {
        access.admin();
        if (!workspaces.delete(workspace)) {
            throw WorkspaceService.missing(workspace);
        }
        users.dropWorkspace(workspace);
        return ResponseEntity.noContent().build();
    }
}
