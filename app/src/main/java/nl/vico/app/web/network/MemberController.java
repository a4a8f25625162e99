package nl.vico.app.web.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import nl.vico.app.web.network.Forms.MemberForm;
import nl.vico.app.web.network.Views.MemberView;
import nl.vico.app.web.network.Views.Page;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.problem.ConflictException;
import nl.vico.app.web.problem.NotFoundException;
import nl.vico.app.web.security.Access;
import nl.vico.app.web.workspace.WorkspaceService;
import nl.vico.model.MemberRole;
import nl.vico.model.Membership;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** The members of a consortium, each an actor with an optional role and budget share. */
@RestController
@Tag(name = "members", description = "Members of a consortium")
@RequestMapping("/api/workspaces/{workspace}/consortia/{consortium}/members")
class MemberController {
    private final WorkspaceService workspaces;
    private final Access access;

    MemberController(WorkspaceService workspaces, Access access) {
        this.workspaces = workspaces;
        this.access = access;
    }

    @GetMapping
    Page<MemberView> list(@PathVariable String workspace, @PathVariable String consortium,
                          @RequestParam(required = false) String role,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        access.read(workspace);
        var n = workspaces.load(workspace);
        if (n.consortium(consortium).isEmpty()) {
            throw ConsortiumController.missing(workspace, consortium);
        }
        MemberRole r = CodeFields.memberRole("role", role);
        List<MemberView> rows = n.membersOf(consortium).stream()
                .filter(m -> r == null || m.role() == r)
                .map(MemberView::of).toList();
        return Page.of(rows, page, size);
    }

    @GetMapping("/{actor}")
    MemberView get(@PathVariable String workspace, @PathVariable String consortium, @PathVariable String actor) {
        access.read(workspace);
        return workspaces.load(workspace).membersOf(consortium).stream().filter(m -> m.actor().equals(actor))
                .findFirst().map(MemberView::of).orElseThrow(() -> missing(workspace, consortium, actor));
    }

    @PostMapping
    ResponseEntity<MemberView> create(@PathVariable String workspace, @PathVariable String consortium,
                                      @Valid @RequestBody MemberForm form) {
        access.write(workspace);
        if (CodeFields.blank(form.actor())) {
            throw new BadRequestException("give the member's actor id",
                    List.of(new BadRequestException.FieldProblem("actor", "give the id of an actor of the workspace")));
        }
        Membership m = membership(consortium, form.actor().strip(), form);
        workspaces.edit(workspace, d -> {
            ConsortiumController.require(d, workspace, consortium);
            ActorController.require(d, workspace, m.actor());
            if (d.membershipIndex(consortium, m.actor()) >= 0) {
                throw new ConflictException("actor " + m.actor() + " is already a member of " + consortium
                        + " — change the membership with PUT");
            }
            d.memberships.add(m);
            return null;
        });
        return ResponseEntity.created(URI.create("/api/workspaces/" + workspace + "/consortia/" + consortium
                + "/members/" + m.actor())).body(MemberView.of(m));
    }

    @PutMapping("/{actor}")
    MemberView update(@PathVariable String workspace, @PathVariable String consortium, @PathVariable String actor,
                      @Valid @RequestBody MemberForm form) {
        access.write(workspace);
        if (!CodeFields.blank(form.actor()) && !form.actor().strip().equals(actor)) {
            throw new BadRequestException("the body's actor " + form.actor() + " is not the actor in the path " + actor
                    + " — leave actor out, or delete this membership and add the other actor");
        }
        Membership m = membership(consortium, actor, form);
        workspaces.edit(workspace, d -> {
            int i = d.membershipIndex(consortium, actor);
            if (i < 0) {
                throw missing(workspace, consortium, actor);
            }
            d.memberships.set(i, m);
            return null;
        });
        return MemberView.of(m);
    }

    @DeleteMapping("/{actor}")
    ResponseEntity<Void> delete(@PathVariable String workspace, @PathVariable String consortium, @PathVariable String actor) {
        access.write(workspace);
        workspaces.edit(workspace, d -> {
            int i = d.membershipIndex(consortium, actor);
            if (i < 0) {
                throw missing(workspace, consortium, actor);
            }
            d.memberships.remove(i);
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    private static Membership membership(String consortium, String actor, MemberForm form) {
        MemberRole role = CodeFields.memberRole("role", form.role());
        try {
            return new Membership(consortium, actor, role, form.budgetShare());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static NotFoundException missing(String workspace, String consortium, String actor) {
        return new NotFoundException("actor " + actor + " is not a member of consortium " + consortium + " in workspace "
                + workspace + " — list the members with GET /api/workspaces/" + workspace + "/consortia/" + consortium
                + "/members");
    }
}
