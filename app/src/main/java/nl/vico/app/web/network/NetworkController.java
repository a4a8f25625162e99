package nl.vico.app.web.network;

import nl.vico.app.web.network.Views.ActorView;
import nl.vico.app.web.network.Views.ConsortiumView;
import nl.vico.app.web.network.Views.MemberView;
import nl.vico.app.web.network.Views.NeighbourhoodView;
import nl.vico.app.web.network.Views.NetworkView;
import nl.vico.app.web.network.Views.TieView;
import nl.vico.app.web.security.Access;
import nl.vico.app.web.workspace.WorkspaceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** A workspace's whole network in one answer, for the map: actors, ties, consortia, members, neighbourhoods. */
@RestController
@Tag(name = "network", description = "A workspace's whole network, for the map")
class NetworkController {
    private final WorkspaceService workspaces;
    private final Access access;

    NetworkController(WorkspaceService workspaces, Access access) {
        this.workspaces = workspaces;
        this.access = access;
    }

    @GetMapping("/api/workspaces/{workspace}/network")
    NetworkView network(@PathVariable String workspace) {
        var privacy = Privacy.of(access.read(workspace));
        var info = workspaces.require(workspace);
        var n = workspaces.load(workspace);
        var ties = n.ties();
        return new NetworkView(workspace, info.contentHash(),
                n.actors().stream().map(a -> ActorView.of(a, privacy)).toList(),
                java.util.stream.IntStream.range(0, ties.size()).mapToObj(i -> TieView.of(i, ties.get(i))).toList(),
                n.consortia().stream().map(c -> ConsortiumView.of(c, n.membersOf(c.id()).size())).toList(),
                n.memberships().stream().map(MemberView::of).toList(),
                n.neighbourhoods().stream().map(NeighbourhoodView::of).toList());
    }
}
