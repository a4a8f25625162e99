package nl.vico.app.web.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.ArrayList;
import nl.vico.app.web.network.Forms.TieForm;
import nl.vico.app.web.network.Views.Page;
import nl.vico.app.web.network.Views.TieView;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.problem.NotFoundException;
import nl.vico.app.web.security.Access;
import nl.vico.app.web.workspace.WorkspaceService;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
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

/**
 * The ties of a workspace. A tie has no name of its own: its {@code id} is its position in the list
 * (from 0), as in {@code ties.csv}; deleting a tie moves the later ones up by one.
 */
@RestController
@Tag(name = "ties", description = "Ties between actors; a tie's id is its position")
@RequestMapping("/api/workspaces/{workspace}/ties")
class TieController {
    private final WorkspaceService workspaces;
    private final Access access;

    TieController(WorkspaceService workspaces, Access access) {
        this.workspaces = workspaces;
        this.access = access;
    }

    @GetMapping
    Page<TieView> list(@PathVariable String workspace,
                       @RequestParam(required = false) String actor,
                       @RequestParam(required = false) String source,
                       @RequestParam(required = false) String target,
                       @RequestParam(required = false) String kind,
                       @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(1000) int size) {
        access.read(workspace);
        TieKind k = CodeFields.blank(kind) ? null : CodeFields.tieKind("kind", kind);
        var ties = workspaces.load(workspace).ties();
        var rows = new ArrayList<TieView>();
        for (int i = 0; i < ties.size(); i++) {
            Tie t = ties.get(i);
            if ((actor == null || t.source().equals(actor) || t.target().equals(actor))
                    && (source == null || t.source().equals(source))
                    && (target == null || t.target().equals(target))
                    && (k == null || t.kind() == k)) {
                rows.add(TieView.of(i, t));
            }
        }
        return Page.of(rows, page, size);
    }

    @GetMapping("/{id}")
    TieView get(@PathVariable String workspace, @PathVariable int id) {
        access.read(workspace);
        var ties = workspaces.load(workspace).ties();
        if (id < 0 || id >= ties.size()) {
            throw missing(workspace, id);
        }
        return TieView.of(id, ties.get(id));
    }

    @PostMapping
    ResponseEntity<TieView> create(@PathVariable String workspace, @Valid @RequestBody TieForm form) {
        access.write(workspace);
        Tie tie = tie(form);
        int id = workspaces.edit(workspace, d -> {
            ActorController.require(d, workspace, tie.source());
            ActorController.require(d, workspace, tie.target());
            d.ties.add(tie);
            return d.ties.size() - 1;
        });
        return ResponseEntity.created(URI.create("/api/workspaces/" + workspace + "/ties/" + id)).body(TieView.of(id, tie));
    }

    @PutMapping("/{id}")
    TieView update(@PathVariable String workspace, @PathVariable int id, @Valid @RequestBody TieForm form) {
        access.write(workspace);
        Tie tie = tie(form);
        workspaces.edit(workspace, d -> {
            if (id < 0 || id >= d.ties.size()) {
                throw missing(workspace, id);
            }
            ActorController.require(d, workspace, tie.source());
            ActorController.require(d, workspace, tie.target());
            d.ties.set(id, tie);
            return null;
        });
        return TieView.of(id, tie);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String workspace, @PathVariable int id) {
        access.write(workspace);
        workspaces.edit(workspace, d -> {
            if (id < 0 || id >= d.ties.size()) {
                throw missing(workspace, id);
            }
            d.ties.remove(id);
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    private static Tie tie(TieForm form) {
        TieKind kind = CodeFields.tieKind("kind", form.kind());
        try {
            return new Tie(form.source().strip(), form.target().strip(), kind, form.weight() == null ? 1.0 : form.weight(),
                    form.directed() == null ? kind.directedByDefault() : form.directed());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    private static NotFoundException missing(String workspace, int id) {
        return new NotFoundException("there is no tie " + id + " in workspace " + workspace
                + " — ties are numbered from 0; list them with GET /api/workspaces/" + workspace + "/ties");
    }
}
