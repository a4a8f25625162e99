package nl.vico.importer;

import java.time.Duration;
import java.util.Objects;

/**
 * What an import did.
 *
 * @param workspace      the workspace written
 * @param outcome        whether it was created, replaced, or left as it was
 * @param actors         actors now in the workspace
 * @param ties           ties now in the workspace
 * @param consortia      consortia now in the workspace
 * @param memberships    memberships now in the workspace
 * @param neighbourhoods neighbourhoods now in the workspace
 * @param contentHash    the dataset's content hash
 * @param took           wall-clock time of the import
 */
public record ImportSummary(String workspace, Outcome outcome, int actors, int ties, int consortia, int memberships,
                            int neighbourhoods, String contentHash, Duration took) {
    public ImportSummary {
        Objects.requireNonNull(workspace, "an import summary names its workspace");
        Objects.requireNonNull(outcome, "an import summary says what happened");
        Objects.requireNonNull(took, "an import summary says how long it took");
    }

    /** What an import did to its workspace. */
    public enum Outcome {
        /** The workspace did not exist and now holds the dataset. */
        CREATED,
        /** The workspace held other content, now replaced by the dataset. */
        REPLACED,
        /** The workspace already held this very dataset (same content hash): nothing was written. */
        UNCHANGED
    }

    public boolean unchanged() {
        return outcome == Outcome.UNCHANGED;
    }
}
