package nl.vico.importer;

import java.time.Instant;
import java.util.Objects;

/**
 * A workspace in the database, as listed by {@code Neo4jStore.workspaces()}.
 *
 * @param name           the workspace's name
 * @param actors         number of actors
 * @param ties           number of ties
 * @param consortia      number of consortia
 * @param memberships    number of memberships
 * @param neighbourhoods number of neighbourhoods
 * @param importedAt     when its content was last written
 * @param source         the name of the dataset it was imported from (its folder's name)
 * @param contentHash    the SHA-256 of that dataset's files
 */
public record WorkspaceInfo(String name, int actors, int ties, int consortia, int memberships, int neighbourhoods,
                            Instant importedAt, String source, String contentHash) {
    public WorkspaceInfo {
        Objects.requireNonNull(name, "a workspace has a name");
    }
}
