package nl.vico.app.web.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import nl.vico.app.web.network.Forms.ConsortiumForm;
import nl.vico.app.web.network.Views.ConsortiumView;
import nl.vico.app.web.network.Views.Page;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.problem.ConflictException;
import nl.vico.app.web.problem.NotFoundException;
import nl.vico.app.web.security.Access;
import nl.vico.app.web.workspace.NetworkDraft;
import nl.vico.app.web.workspace.WorkspaceService;
import nl.vico.model.Consortium;
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

/** The consortia (proposed coalitions) of a workspace. Deleting one deletes its memberships with it. */
@RestController
@Tag(name = "consortia", description = "Consortia (proposed coalitions)")
@RequestMapping("/api/workspaces/{workspace}/consortia")
class ConsortiumController {
    private final WorkspaceService workspaces;
    private final Access access;

    ConsortiumController(WorkspaceService workspaces, Access access) {
        this.workspaces = workspaces;
        this.access = access;
    }

    @GetMapping
    Page<ConsortiumView> list(@PathVariable String workspace,
                              @RequestParam(required = false) String task,
                              @RequestParam(required = false) String neighbourhood,
                              @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        access.read(workspace);
        var n = workspaces.load(workspace);
        String needle = q == null ? null : q.strip().toLowerCase(Locale.ROOT);
        List<ConsortiumView> rows = n.consortia().stream()
                .filter(c -> task == null || task.equals(c.task()))
                .filter(c -> neighbourhood == null || neighbourhood.equals(c.neighbourhood()))
                .filter(c -> needle == null || c.id().toLowerCase(Locale.ROOT).contains(needle)
                        || c.name().toLowerCase(Locale.ROOT).contains(needle))
                .map(c -> ConsortiumView.of(c, n.membersOf(c.id()).size()))
                .toList();
        return Page.of(rows, page, size);
    }

    @GetMapping("/{id}")
    ConsortiumView get(@PathVariable String workspace, @PathVariable String id) {
        access.read(workspace);
        var n = workspaces.load(workspace);
        return n.consortium(id).map(c -> ConsortiumView.of(c, n.membersOf(id).size()))
                .orElseThrow(() -> missing(workspace, id));
    }

    @PostMapping
    ResponseEntity<ConsortiumView> create(@PathVariable String workspace, @Valid @RequestBody ConsortiumForm form) {
        access.write(workspace);
        if (CodeFields.blank(form.id())) {
            throw new BadRequestException("give the new consortium's id",
                    List.of(new BadRequestException.FieldProblem("id", "give a unique id")));
        }
        Consortium c = consortium(form.id().strip(), form);
        workspaces.edit(workspace, d -> {
            if (d.consortiumIndex(c.id()) >= 0) {
                throw new ConflictException("there is already a consortium " + c.id() + " in " + workspace
                        + " — choose another id, or change it with PUT");
            }
            d.consortia.add(c);
            return null;
        });
        return ResponseEntity.created(URI.create("/api/workspaces/" + workspace + "/consortia/" + c.id()))
                .body(ConsortiumView.of(c, 0));
    }

    @PutMapping("/{id}")
    ConsortiumView update(@PathVariable String workspace, @PathVariable String id, @Valid @RequestBody ConsortiumForm form) {
        access.write(workspace);
        if (!CodeFields.blank(form.id()) && !form.id().strip().equals(id)) {
            throw new BadRequestException("the body's id " + form.id() + " is not the id in the path " + id
                    + " — ids cannot be changed; leave id out");
        }
        Consortium c = consortium(id, form);
        int members = workspaces.edit(workspace, d -> {
            d.consortia.set(require(d, workspace, id), c);
            return (int) d.memberships.stream().filter(m -> m.consortium().equals(id)).count();
        });
        return ConsortiumView.of(c, members);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String workspace, @PathVariable String id) {
        access.write(workspace);
        workspaces.edit(workspace, d -> {
            d.consortia.remove(require(d, workspace, id));
            d.memberships.removeIf(m -> m.consortium().equals(id));
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    private static Consortium consortium(String id, ConsortiumForm form) {
        var role = CodeFields.municipalRole("municipality_role", form.municipalityRole());
        try {
            return new Consortium(id, form.name(), form.task(), form.neighbourhood(), role);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    static int require(NetworkDraft d, String workspace, String id) {
        int i = d.consortiumIndex(id);
        if (i < 0) {
            throw missing(workspace, id);
        }
        return i;
    }

    static NotFoundException missing(String workspace, String id) {
        return new NotFoundException("there is no consortium " + id + " in workspace " + workspace
                + " — list them with GET /api/workspaces/" + workspace + "/consortia");
    }
}
