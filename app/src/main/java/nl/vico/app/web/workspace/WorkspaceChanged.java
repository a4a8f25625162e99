package nl.vico.app.web.workspace;

/** Published after a workspace's content changed or it was deleted, so that caches drop what they hold of it. */
public record WorkspaceChanged(String workspace) {
}
