package nl.vico.importer;

/**
 * Told about the progress of an import after each batch, from the importing thread. Whatever it throws
 * before the commit aborts the import: what it wrote is removed and the workspace stays as it was.
 *
 * <p>The phases come in the order of the constants below; the new content stays invisible until
 * {@link #COMMIT}, and a phase with nothing to write is not reported. After the commit the import
 * stands: an exception thrown then stops the removal of the replaced content, which the next import (or
 * the next process to start on the database) finishes.
 */
@FunctionalInterface
public interface ImportListener {
    /**
     * Removing what interrupted imports or deletions left behind (invisible to readers); reported once,
     * with the number of nodes removed.
     */
    String REMOVE_OLD = "removal of old content";
    String NEIGHBOURHOODS = "neighbourhoods";
    String ACTORS = "actors";
    String TIES = "ties";
    String CONSORTIA = "consortia";
    String MEMBERSHIPS = "memberships";
    /**
     * Committing: reported with done = 0 just before the switch to the new content and done = 1 after it.
     */
    String COMMIT = "commit";
    /**
     * Removing the content the import replaced, after the commit, in batches: done and total count nodes
     * (actors, consortia and neighbourhoods, each with its relationships).
     */
    String RETIRE = "removal of the replaced content";

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
