package nl.vico.analyzer.brokerage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many ordered pairs an actor (or all actors together) brokers in each Gould–Fernandez role.
 * Counts are never negative.
 */
public record RoleCounts(long coordinator, long itinerant, long representative, long gatekeeper, long liaison) {
    public RoleCounts {
        if (coordinator < 0 || itinerant < 0 || representative < 0 || gatekeeper < 0 || liaison < 0) {
            throw new IllegalArgumentException("brokerage counts cannot be negative");
        }
    }

    static RoleCounts of(long[] c) {
        return new RoleCounts(c[0], c[1], c[2], c[3], c[4]);
    }

    /** All brokered pairs, whatever the role. */
    public long total() {
        return coordinator + itinerant + representative + gatekeeper + liaison;
    }

    public long get(BrokerageRole role) {
        return switch (role) {
            case COORDINATOR -> coordinator;
            case ITINERANT -> itinerant;
            case REPRESENTATIVE -> representative;
            case GATEKEEPER -> gatekeeper;
            case LIAISON -> liaison;
        };
    }

    /** {coordinator, itinerant, representative, gatekeeper, liaison, total} as report values. */
    public Map<String, Object> asMap() {
        var m = new LinkedHashMap<String, Object>();
        for (BrokerageRole r : BrokerageRole.values()) {
            m.put(r.key(), get(r));
        }
        m.put("total", total());
        return m;
    }
}
