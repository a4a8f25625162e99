package nl.vico.analyzer.holes;

/**
 * Burt's structural-hole measures of every actor, read twice: on binary ties ({@link #binary()}, the
 * keys without suffix) and with tie weights as strengths ({@link #weighted()}, the {@code _weighted} keys).
 *
 * @param binary   every pair joined by a tie in either direction counts as a tie of strength 1 each way
 * @param weighted the strength of i's relation to j is the summed weight of ties i→j plus that of ties
 *                 j→i, where an undirected tie counts in both directions
 */
public record StructuralHoles(BurtMeasures binary, BurtMeasures weighted) {
    public StructuralHoles {
        if (binary == null || weighted == null) {
            throw new IllegalArgumentException("structural holes need both the binary and the weighted measures");
        }
    }
}
