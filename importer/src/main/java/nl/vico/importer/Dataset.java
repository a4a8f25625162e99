package nl.vico.importer;

import java.util.Objects;

import nl.vico.model.StakeholderNetwork;

/**
 * A dataset folder read and checked, ready to analyse or import.
 *
 * @param network          the network; its name is the folder's name
 * @param usesDutchAliases whether the files spell some codes (actor type, member role, municipality role)
 *                         with their Dutch words, so output can answer in kind
 * @param contentHash      SHA-256 (lower-case hex) over the dataset's files: equal hashes mean equal
 *                         files, so a re-import of an unchanged folder can be skipped
 */
public record Dataset(StakeholderNetwork network, boolean usesDutchAliases, String contentHash) {
    public Dataset {
        Objects.requireNonNull(network, "a dataset holds a network — use StakeholderNetwork.empty(name) for none");
        if (contentHash == null || !contentHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("content hash " + contentHash
                    + " is not a SHA-256 in lower-case hex — compute it with DatasetReader.hash");
        }
    }
}
