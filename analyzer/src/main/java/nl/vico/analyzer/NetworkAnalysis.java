package nl.vico.analyzer;

import nl.vico.model.StakeholderNetwork;

/**
 * A read-only computation over a network snapshot; implementations hold no mutable state and are
 * safe to use from several threads.
 *
 * @param <R> the immutable result
 */
public interface NetworkAnalysis<R> {
    R analyze(StakeholderNetwork network);
}
