package nl.vico.analyzer.power;

/**
 * How much one intermediary controls the shortest routes between the resident side and the municipality.
 *
 * @param share          the largest average share over all actors ({@link GatekeepingAnalysis}); NaN when no
 *                       resident-side actor is connected to any municipality actor
 * @param actor          index of the actor holding that share, or −1 when the share is undefined or 0
 *                       (every connected pair adjacent: nobody stands in between)
 * @param connectedPairs number of (resident-side, municipality) pairs joined by a path
 * @param shares         every actor's average share, by index (0 when undefined)
 * @param sampledSources 0 when every actor of the smaller side was a source; else how many were sampled
 *                       (the shares are then estimates, the pairs scaled up)
 */
public record Gatekeeping(double share, int actor, long connectedPairs, double[] shares, int sampledSources) {
    public Gatekeeping {
        shares = shares.clone();
    }

    /** From every source. */
    public Gatekeeping(double share, int actor, long connectedPairs, double[] shares) {
        this(share, actor, connectedPairs, shares, 0);
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    /** The actor's average share of the resident–municipality shortest paths. */
    public double shareOf(int actorIndex) {
        return shares[actorIndex];
    }

    /** Whether a share is defined (at least one connected pair). */
    public boolean defined() {
        return !Double.isNaN(share);
    }
}
