package nl.vico.analyzer.brokerage;

import java.util.Locale;

/**
 * The five brokerage roles of Gould and Fernandez (1989) for a broker b on a two-path a→b→c, by the
 * groups G of the three actors.
 */
public enum BrokerageRole {
    /** G(a) = G(b) = G(c): mediates inside its own group (w_I in R's sna). */
    COORDINATOR,
    /** G(a) = G(c) ≠ G(b): an outsider mediating inside another group; UCINET's "consultant" (w_O). */
    ITINERANT,
    /** G(a) = G(b) ≠ G(c): speaks for its own group to another (b_IO). */
    REPRESENTATIVE,
    /** G(a) ≠ G(b) = G(c): controls what enters its own group (b_OI). */
    GATEKEEPER,
    /** all three groups differ: links two groups it does not belong to (b_O). */
    LIAISON;

    /** The snake_case key used in reports, e.g. {@code gatekeeper}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of broker group gb between source group ga and target group gc. */
    public static BrokerageRole of(int ga, int gb, int gc) {
        if (ga == gb) {
            return gb == gc ? COORDINATOR : REPRESENTATIVE;
        }
        if (gb == gc) {
            return GATEKEEPER;
        }
        return ga == gc ? ITINERANT : LIAISON;
    }
}
