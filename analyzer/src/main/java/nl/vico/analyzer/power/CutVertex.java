package nl.vico.analyzer.power;

/**
 * An articulation point (cut vertex) and what its removal does to the network.
 *
 * @param actor                    index of the actor
 * @param pieces                   number of parts its component falls into without it (2 or more)
 * @param actorsSplitOff           actors no longer connected to the largest remaining part
 * @param residentsCutOff          resident-side actors (residents, resident groups) that were connected to a
 *                                 municipality actor and no longer are
 */
public record CutVertex(int actor, int pieces, int actorsSplitOff, int residentsCutOff) {
    public CutVertex {
        if (pieces < 2) {
            throw new IllegalArgumentException("a cut vertex splits its component into 2 or more parts, not " + pieces);
        }
    }
}
