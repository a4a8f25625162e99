package nl.vico.analyzer.brokerage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real number per Gould–Fernandez role and for the total: an expected count or a z-score.
 * NaN stands for undefined (a zero standard deviation, fewer than two actors) and becomes
 * {@code null} in {@link #asMap()}.
 */
public record RoleStatistics(double coordinator, double itinerant, double representative, double gatekeeper,
                             double liaison, double total) {

    static RoleStatistics of(double[] v) {
        return new RoleStatistics(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    public double get(BrokerageRole role) {
        return switch (role) {
            case COORDINATOR -> coordinator;
            case ITINERANT -> itinerant;
            case REPRESENTATIVE -> representative;
            case GATEKEEPER -> gatekeeper;
            case LIAISON -> liaison;
        };
    }

    /** {coordinator, itinerant, representative, gatekeeper, liaison, total}; undefined values are null. */
    public Map<String, Object> asMap() {
        var m = new LinkedHashMap<String, Object>();
        for (BrokerageRole r : BrokerageRole.values()) {
            m.put(r.key(), boxed(get(r)));
        }
        m.put("total", boxed(total));
        return m;
    }

    private static Double boxed(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
