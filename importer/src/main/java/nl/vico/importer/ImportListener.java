package nl.vico.importer;

/**
 * Told about the progress of an import after each batch, from the importing thread. Whatever it throws
 * aborts the import and rolls its transaction back, leaving the workspace as it was.
 *
 * <p>The phases come in the order of the constants below, all inside one transaction until
 * {@link #COMMIT}; a phase with nothing to write is not reported.
 */
@FunctionalInterface
public interface ImportListener {
    /** Removing the workspace's previous content; reported once, with the number of nodes removed. */
    String REMOVE_OLD = "removal of old content";
    String NEIGHBOURHOODS = "neighbourhoods";
    String ACTORS = "actors";
    String TIES = "ties";
    String CONSORTIA = "consortia";
    String MEMBERSHIPS = "memberships";
    /** Committing: reported with done = 0 just before the commit and done = 1 after it. */
    String COMMIT = "commit";

    /** A listener that ignores progress. */
    ImportListener NONE = (phase, done, total) -> {
    };

    /**
     * @param phase the step under way, one of the constants of this interface
     * @param done  items of this step written so far
     * @param total items of this step in all
     */
    void progress(String phase, long done, long total);
}
