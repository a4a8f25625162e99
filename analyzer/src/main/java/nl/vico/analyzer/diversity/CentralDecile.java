package nl.vico.analyzer.diversity;

/**
 * Who holds the most central positions: shares of informal actors, newcomers and the resident side among
 * the most central tenth of the actors by betweenness, against their shares overall
 * ({@link CentralDecileAnalysis}). NaN = undefined (no actors).
 *
 * @param actors                  indices of the actors in the decile, most central first
 * @param informalShareCentral    share of informal actors (formal = false) in the decile
 * @param informalShareOverall    share of informal actors among all actors
 * @param newcomerShareCentral    share of newcomers in the decile
 * @param newcomerShareOverall    share of newcomers among all actors
 * @param residentShareCentral    share of residents and resident groups in the decile
 * @param residentShareOverall    share of residents and resident groups among all actors
 */
public record CentralDecile(int[] actors, double informalShareCentral, double informalShareOverall,
                            double newcomerShareCentral, double newcomerShareOverall,
                            double residentShareCentral, double residentShareOverall) {
    public CentralDecile {
        actors = actors.clone();
    }

    @Override
    public int[] actors() {
        return actors.clone();
    }

    /** Number of actors in the decile: ⌈n/10⌉. */
    public int size() {
        return actors.length;
    }
}
