package nl.vico.analyzer.findings;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vico.model.Codes;

/**
 * The thresholds that turn measurements into findings. Every value has a default with its reason; a
 * policy file (JSON or YAML, read by the application) may override any of them by its snake_case key,
 * e.g. {@code gatekeeping_share_max: 0.6}. The record is flat and holds numbers only, so that
 * {@link #asMap()} and {@link #fromMap(Map)} can carry it through any file format without this module
 * knowing the format.
 *
 * @param gatekeepingShareMax            {@code gatekeeping_share_max}, default 0.5. Finding POWER_CONCENTRATION
 *                                       when one intermediary lies, on average, on more than half of the
 *                                       shortest paths between residents and the municipality: the majority of
 *                                       the residents' contact then depends on one party, the gatekeeper of
 *                                       Gould and Fernandez (1989), and the hierarchy that a coalition is meant
 *                                       to replace returns. "More than": two equal alternative routes (50 %
 *                                       each) are not a gatekeeper. Woonstichting Havenstad in the Kanaalwijk
 *                                       example lies on 50.2 %; the Dorpsraad in the Molenhoek on 43 %.
 * @param gatekeepingShareCritical       {@code gatekeeping_share_critical}, default 0.75. The same finding becomes
 *                                       critical when three quarters or more of those paths run through one
 *                                       actor: residents then have hardly any route to the municipality of
 *                                       their own.
 * @param betweennessShareMax            {@code betweenness_share_max}, default 0.3. POWER_CONCENTRATION when one
 *                                       actor holds more than 30 % of all betweenness in the network. An even
 *                                       spread gives each actor 1/n; when one actor holds close to a third of
 *                                       all brokering of shortest routes, the others depend on it for a large
 *                                       part of their contacts, whatever the size of the network.
 * @param betweennessCentralizationMax   {@code betweenness_centralization_max}, default 0.5. POWER_CONCENTRATION
 *                                       when Freeman's betweenness centralization is more than 0.5: past halfway
 *                                       between a network of equals (0) and a star (1) (Freeman 1979); the
 *                                       karate club, a textbook case of a network split around two leaders,
 *                                       scores 0.41.
 * @param splitOffShareMin               {@code split_off_share_min}, default 0.1. SINGLE_POINT_OF_FAILURE when
 *                                       removing one actor separates at least 10 % of the actors from the rest
 *                                       (smaller splits, such as a single pendant contact, are normal in any
 *                                       sparse network). Cutting residents off from the municipality is a
 *                                       finding whatever its size.
 * @param groupHoleDensityRatio          {@code group_hole_density_ratio}, default 0.1. Two groups are separated by
 *                                       a STRUCTURAL_HOLE when the density of ties between them is at most a
 *                                       tenth of the network's overall density: "almost no ties", an order of
 *                                       magnitude below what a random spread of the same ties would give.
 * @param groupHoleMinSize               {@code group_hole_min_size}, default 3. Groups with fewer actors are
 *                                       not compared: between two groups of one or two actors a missing tie is
 *                                       the rule, not a hole.
 * @param groupHolesReportedMax          {@code group_holes_reported_max}, default 10. At most this many holes
 *                                       between groups are reported per grouping (the emptiest first), so a
 *                                       network with many small communities does not drown the reader.
 * @param peripheryRatioMax              {@code periphery_ratio_max}, default 0.5. RESIDENTS_AT_PERIPHERY when the
 *                                       residents' and resident groups' mean betweenness or mean degree is less
 *                                       than half that of the other actors: they are then clearly further from
 *                                       the centre than the professionals, not just a little.
 * @param diversityIqvMin                {@code diversity_iqv_min}, default 0.5. LOW_DIVERSITY when the normalised
 *                                       Blau index (IQV over the 10 actor types) is below 0.5: two types in a
 *                                       70/30 split score 0.47, two equal halves 0.56, three equal thirds 0.74.
 *                                       Broad, diverse coalitions are a core demand of social tendering.
 * @param centralUnderrepresentationRatio {@code central_underrepresentation_ratio}, default 0.5. Informal actors,
 *                                       newcomers or residents are under-represented among the most central
 *                                       decile when their share there is less than half their share overall
 *                                       (findings LOW_DIVERSITY, RESIDENTS_AT_PERIPHERY).
 * @param centralExpectedCountMin        {@code central_expected_count_min}, default 1. Under-representation in
 *                                       the central decile is only judged when, by their overall share, the
 *                                       group would be expected to hold at least this many places there:
 *                                       with fewer, an absence says nothing.
 */
public record Policy(double gatekeepingShareMax, double gatekeepingShareCritical, double betweennessShareMax,
                     double betweennessCentralizationMax, double splitOffShareMin, double groupHoleDensityRatio,
                     double groupHoleMinSize, double groupHolesReportedMax, double peripheryRatioMax,
                     double diversityIqvMin, double centralUnderrepresentationRatio,
                     double centralExpectedCountMin) {

    public Policy {
        share("gatekeeping_share_max", gatekeepingShareMax);
        share("gatekeeping_share_critical", gatekeepingShareCritical);
        if (gatekeepingShareCritical < gatekeepingShareMax) {
            throw new IllegalArgumentException("gatekeeping_share_critical (" + gatekeepingShareCritical
                    + ") must be at least gatekeeping_share_max (" + gatekeepingShareMax + ") — raise it or lower the other");
        }
        share("betweenness_share_max", betweennessShareMax);
        share("betweenness_centralization_max", betweennessCentralizationMax);
        share("split_off_share_min", splitOffShareMin);
        nonNegative("group_hole_density_ratio", groupHoleDensityRatio);
        wholeNumber("group_hole_min_size", groupHoleMinSize, 1);
        wholeNumber("group_holes_reported_max", groupHolesReportedMax, 0);
        share("periphery_ratio_max", peripheryRatioMax);
        share("diversity_iqv_min", diversityIqvMin);
        share("central_underrepresentation_ratio", centralUnderrepresentationRatio);
        nonNegative("central_expected_count_min", centralExpectedCountMin);
    }

    /** The documented defaults. */
    public static Policy defaults() {
        return new Policy(0.5, 0.75, 0.3, 0.5, 0.1, 0.1, 3, 10, 0.5, 0.5, 0.5, 1.0);
    }

    /** {@code group_hole_min_size} as a count. */
    public int groupHoleMinSizeCount() {
        return (int) groupHoleMinSize;
    }

    /** {@code group_holes_reported_max} as a count. */
    public int groupHolesReportedMaxCount() {
        return (int) groupHolesReportedMax;
    }

    /** Every threshold by its snake_case key, in declaration order. */
    public Map<String, Double> asMap() {
        var m = new LinkedHashMap<String, Double>();
        for (RecordComponent c : Policy.class.getRecordComponents()) {
            m.put(snake(c.getName()), value(c));
        }
        return Collections.unmodifiableMap(m);
    }

    /** The snake_case keys a policy file may use. */
    public static List<String> keys() {
        var keys = new ArrayList<String>();
        for (RecordComponent c : Policy.class.getRecordComponents()) {
            keys.add(snake(c.getName()));
        }
        return List.copyOf(keys);
    }

    /**
     * The defaults overridden by the given values (numbers, or strings holding a number), by snake_case key.
     * Keys not given keep their default.
     *
     * @throws IllegalArgumentException naming the key, for an unknown key (listing the valid ones and the
     *                                  nearest), a value that is not a number, or a value out of range
     */
    public static Policy fromMap(Map<String, ?> values) {
        var merged = new LinkedHashMap<>(defaults().asMap());
        for (var e : values.entrySet()) {
            String key = e.getKey();
            if (!merged.containsKey(key)) {
                String hint = Codes.nearest(key, keys()).map(s -> " (did you mean " + s + "?)").orElse("");
                throw new IllegalArgumentException("unknown policy key '" + key + "'" + hint + " — valid keys: "
                        + String.join(", ", keys()));
            }
            merged.put(key, number(key, e.getValue()));
        }
        RecordComponent[] components = Policy.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = double.class;
            args[i] = merged.get(snake(components[i].getName()));
        }
        try {
            return Policy.class.getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException ex) {
            if (ex.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalStateException("cannot build the policy: " + ex.getCause(), ex.getCause());
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot build the policy: " + ex, ex);
        }
    }

    private static double number(String key, Object value) {
        if (value instanceof Number num) {
            return num.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException ex) {
                // fall through to the message below
            }
        }
        throw new IllegalArgumentException("policy key " + key + " needs a number, got '" + value
                + "' — write e.g. " + key + ": " + defaults().asMap().get(key));
    }

    private double value(RecordComponent c) {
        try {
            return (double) c.getAccessor().invoke(this);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot read policy value " + c.getName(), ex);
        }
    }

    static String snake(String camel) {
        var sb = new StringBuilder();
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                sb.append('_').append(Character.toLowerCase(ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    private static void share(String key, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("policy key " + key + " is " + v + " — give a share between 0 and 1");
        }
    }

    private static void nonNegative(String key, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("policy key " + key + " is " + v + " — give a finite number of 0 or more");
        }
    }

    private static void wholeNumber(String key, double v, int min) {
        if (!(v >= min) || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("policy key " + key + " is " + v + " — give a whole number of "
                    + min + " or more");
        }
    }
}
