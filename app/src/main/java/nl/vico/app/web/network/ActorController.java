package nl.vico.app.web.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import nl.vico.app.web.network.Forms.ActorForm;
import nl.vico.app.web.network.Views.ActorView;
import nl.vico.app.web.network.Views.Page;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.problem.ConflictException;
import nl.vico.app.web.problem.NotFoundException;
import nl.vico.app.web.security.Access;
import nl.vico.app.web.workspace.NetworkDraft;
import nl.vico.app.web.workspace.WorkspaceService;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
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

/** The actors of a workspace: list with filters and paging, read, create, change, delete (or forget). */
@RestController
@Tag(name = "actors", description = "Actors of a workspace")
@RequestMapping("/api/workspaces/{workspace}/actors")
class ActorController {
    private final WorkspaceService workspaces;
    private final Access access;

    ActorController(WorkspaceService workspaces, Access access) {
        this.workspaces = workspaces;
        this.access = access;
    }

    @GetMapping
    Page<ActorView> list(@PathVariable String workspace,
                         @RequestParam(required = false) String type,
                         @RequestParam(required = false) String neighbourhood,
                         @RequestParam(required = false) String q,
                         @RequestParam(required = false) Boolean formal,
                         @RequestParam(required = false) Boolean newcomer,
                         @RequestParam(required = false) String consortium,
                         @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        var privacy = Privacy.of(access.read(workspace));
        StakeholderNetwork n = workspaces.load(workspace);
        ActorType t = CodeFields.blank(type) ? null : CodeFields.actorType("type", type);
        String needle = q == null ? null : q.strip().toLowerCase(Locale.ROOT);
        var members = consortium == null ? null
                : n.membersOf(consortium).stream().map(m -> m.actor()).collect(java.util.stream.Collectors.toSet());
        var rows = n.actors().stream()
                .filter(a -> t == null || a.type() == t)
                .filter(a -> neighbourhood == null || neighbourhood.equals(a.neighbourhood()))
                .filter(a -> formal == null || a.formal() == formal)
                .filter(a -> newcomer == null || a.newcomer() == newcomer)
                .filter(a -> members == null || members.contains(a.id()))
                .map(a -> ActorView.of(a, privacy))
                // a hidden name is not searchable: search what the account sees
                .filter(v -> needle == null || v.id().toLowerCase(Locale.ROOT).contains(needle)
                        || v.name().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        return Page.of(rows, page, size);
    }

    @GetMapping("/{id}")
    ActorView get(@PathVariable String workspace, @PathVariable String id) {
        var privacy = Privacy.of(access.read(workspace));
        return workspaces.load(workspace).actor(id).map(a -> ActorView.of(a, privacy))
                .orElseThrow(() -> missing(workspace, id));
    }

    @PostMapping
    ResponseEntity<ActorView> create(@PathVariable String workspace, @Valid @RequestBody ActorForm form) {
        var privacy = Privacy.of(access.write(workspace));
        if (CodeFields.blank(form.id())) {
            throw new BadRequestException("give the new actor's id", java.util.List.of(
                    new BadRequestException.FieldProblem("id", "give a unique id")));
        }
        Actor actor = actor(form.id().strip(), form);
        workspaces.edit(workspace, d -> {
            if (d.actorIndex(actor.id()) >= 0) {
                throw new ConflictException("there is already an actor " + actor.id() + " in " + workspace
                        + " — choose another id, or change that actor with PUT");
            }
            d.actors.add(actor);
            return null;
        });
        return ResponseEntity.created(URI.create("/api/workspaces/" + workspace + "/actors/" + actor.id()))
                .body(ActorView.of(actor, privacy));
    }

    @PutMapping("/{id}")
    ActorView update(@PathVariable String workspace, @PathVariable String id, @Valid @RequestBody ActorForm form) {
        var privacy = Privacy.of(access.write(workspace));
        if (!CodeFields.blank(form.id()) && !form.id().strip().equals(id)) {
            throw new BadRequestException("the body's id " + form.id() + " is not the id in the path " + id
                    + " — ids cannot be changed; leave id out, or delete the actor and create it anew");
        }
        Actor actor = actor(id, form);
        workspaces.edit(workspace, d -> {
            int i = d.actorIndex(id);
            if (i < 0) {
                throw missing(workspace, id);
            }
            d.actors.set(i, actor);
            return null;
        });
        return ActorView.of(actor, privacy);
    }

    /**
     * Deletes an actor that has no ties or memberships. With {@code forget=true} it removes the actor with
     * every tie and membership of theirs (a resident's right to erasure); exports made afterwards no longer
     * hold them.
     */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String workspace, @PathVariable String id,
                                @RequestParam(defaultValue = "false") boolean forget) {
        access.write(workspace);
        workspaces.edit(workspace, d -> {
            int i = d.actorIndex(id);
            if (i < 0) {
                throw missing(workspace, id);
            }
            long ties = d.ties.stream().filter(t -> t.source().equals(id) || t.target().equals(id)).count();
            long memberships = d.memberships.stream().filter(m -> m.actor().equals(id)).count();
            if (!forget && ties + memberships > 0) {
                throw new ConflictException("actor " + id + " has " + ties + " ties and " + memberships
                        + " memberships — delete those first, or add ?forget=true to remove the actor with all of them");
            }
            d.actors.remove(i);
            d.ties.removeIf(t -> t.source().equals(id) || t.target().equals(id));
            d.memberships.removeIf(m -> m.actor().equals(id));
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    private static Actor actor(String id, ActorForm form) {
        ActorType type = CodeFields.actorType("type", form.type());
        try {
            return new Actor(id, form.name(), type, form.neighbourhood(),
                    form.formal() == null ? type.formalByDefault() : form.formal(),
                    form.newcomer() != null && form.newcomer(), form.attributes() == null ? Map.of() : form.attributes());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    static NotFoundException missing(String workspace, String id) {
        return new NotFoundException("there is no actor " + id + " in workspace " + workspace
                + " — list them with GET /api/workspaces/" + workspace + "/actors");
    }

    /** For the other controllers: the draft's index of an actor that must exist. */
    static int require(NetworkDraft d, String workspace, String id) {
        int i = d.actorIndex(id);
        if (i < 0) {
            throw missing(workspace, id);
        }
        return i;
    }
}
