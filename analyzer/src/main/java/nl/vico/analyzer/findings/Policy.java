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
 *
 * <p>The thresholds of the consortium assessment ({@code nl.vico.analyzer.assessment}): each concerns the
 * members of one proposed consortium, seen inside the whole network.
 *
 * @param budgetShareMax                 {@code budget_share_max}, default 0.5. POWER_CONCENTRATION when one member
 *                                       holds more than half of the consortium's budget: it can then outspend all
 *                                       other members together, and "shared say over budgets", which the practice
 *                                       literature on social tendering asks for, is gone. Kade Beheer's lead holds
 *                                       70 %; the largest share in Samen aan de Kade is 28 %.
 * @param budgetHhiMax                   {@code budget_hhi_max}, default 0.4. POWER_CONCENTRATION when the
 *                                       Herfindahl–Hirschman index of the budget shares (Σ s²) is above 0.4, i.e.
 *                                       fewer than 2.5 "effective budget holders" (1/HHI; Laakso and Taagepera
 *                                       1979): in practice one or two members decide on the money. Market
 *                                       regulators call 0.25 (US merger guidelines 2010) or 0.18 (2023) highly
 *                                       concentrated, but a consortium is small on purpose: four equal partners
 *                                       already give 0.25, so a market limit would flag every small coalition.
 *                                       Zorgzaam De Kade scores 0.33, Kade Beheer 0.54.
 * @param brokerBudgetShareMax           {@code broker_budget_share_max}, default 0.15. A member with the broker
 *                                       role (verbinder) only counts as the independent connector when it holds
 *                                       at most 15 % of the budget: enough to pay for its hours, too little to
 *                                       have a stake in how the rest is divided. Otherwise MISSING_BROKER. The
 *                                       examples' connectors hold 4 % and 10 %.
 * @param residentMembersMin             {@code resident_members_min}, default 1. NO_RESIDENTS when fewer members
 *                                       are residents or resident groups: a coalition for a neighbourhood takes
 *                                       its residents as seriously as its professionals, as members, not only as
 *                                       the object of the plan.
 * @param informalMembersMin             {@code informal_members_min}, default 1. NO_INFORMAL_PARTNERS when fewer
 *                                       members are informal parties (formal = false): informal and new players
 *                                       are to get a level playing field, which starts with a seat at the table.
 * @param newcomerMembersMin             {@code newcomer_members_min}, default 1. DIVERSITY_GAP when fewer members
 *                                       are newcomers to the neighbourhood's field: a coalition made only of the
 *                                       established parties reproduces the old order. 0 switches the check off.
 * @param communityBudgetShareMin        {@code community_budget_share_min}, default 0.1. DIVERSITY_GAP when the
 *                                       residents, resident groups and informal members together hold less than
 *                                       a tenth of the budget: present, but without say over the money (Kade
 *                                       Beheer's resident group holds 0 %; in Samen aan de Kade they hold 41 %).
 * @param memberIqvMin                   {@code member_iqv_min}, default 0.5. DIVERSITY_GAP when the normalised
 *                                       Blau index (IQV over the 10 actor types) of the members is below 0.5, the
 *                                       same bar as {@code diversity_iqv_min} for the network: four members of
 *                                       two types score 0.56, three of one type and one other 0.42.
 * @param dependenceShareMax             {@code dependence_share_max}, default 0.2. SINGLE_POINT_OF_FAILURE when
 *                                       more than a fifth of the residents and resident groups that the
 *                                       consortium reaches directly are tied to it only through one member: if
 *                                       that member withdraws, the coalition loses touch with a whole street or
 *                                       block (the member is a cut vertex of the consortium plus its ties).
 * @param dependenceCountMin             {@code dependence_count_min}, default 3. SINGLE_POINT_OF_FAILURE also
 *                                       needs at least three such actors: one or two contacts through one member
 *                                       are incidental, not a part of the neighbourhood that hangs on one party.
 * @param memberComponentsMax            {@code member_components_max}, default 1. DISCONNECTED_MEMBERS when the
 *                                       members' own network (their ties with each other) falls apart into more
 *                                       pieces: members who have no tie to any other member do not form one
 *                                       coalition with them.
 * @param scaleResidentsMax              {@code scale_residents_max}, default 25,000
 *                                       ({@link nl.vico.model.Neighbourhood#NEIGHBOURHOOD_SCALE_LIMIT}).
 *                                       SCALE_TOO_LARGE when the consortium's neighbourhood has more residents:
 *                                       the practice literature sets the scale of a vital coalition at a
 *                                       neighbourhood of at most about 25,000 residents, where parties and
 *                                       residents can still know each other.
 * @param residentReachShareMin          {@code resident_reach_share_min}, default 0.25. WEAK_SUPPORT when the
 *                                       members (and their direct contacts) reach less than a quarter of the
 *                                       network's residents and resident groups within one step: the plan then
 *                                       rests on too few of the people it is for (draagvlak).
 * @param anchoringDepartmentsMin        {@code anchoring_departments_min}, default 2. WEAK_ANCHORING when the
 *                                       members are tied to fewer municipal departments (actors of type
 *                                       municipality; at most as many as the network has): a coalition anchored
 *                                       in one policy department tends not to outlast that department's budget.
 * @param weightDiversity                {@code weight_diversity}, default 1. Weight of the diversity score in the
 *                                       overall score. All six criteria weigh the same by default: the practice
 *                                       literature names them side by side, without an order. A residents' panel
 *                                       can set its own weights, published in advance as Dutch procurement
 *                                       practice requires for award criteria. Weights are relative: only their
 *                                       ratios matter; 0 leaves a criterion out; at least one must be above 0.
 * @param weightPowerBalance             {@code weight_power_balance}, default 1. Weight of the power balance score.
 * @param weightBridging                 {@code weight_bridging}, default 1. Weight of the bridging score.
 * @param weightSupport                  {@code weight_support}, default 1. Weight of the support and anchoring score.
 * @param weightRoleClarity              {@code weight_role_clarity}, default 1. Weight of the role clarity score.
 * @param weightScale                    {@code weight_scale}, default 1. Weight of the scale score.
 */
public record Policy(double gatekeepingShareMax, double gatekeepingShareCritical, double betweennessShareMax,
                     double betweennessCentralizationMax, double splitOffShareMin, double groupHoleDensityRatio,
                     double groupHoleMinSize, double groupHolesReportedMax, double peripheryRatioMax,
                     double diversityIqvMin, double centralUnderrepresentationRatio,
                     double centralExpectedCountMin,
                     double budgetShareMax, double budgetHhiMax, double brokerBudgetShareMax,
                     double residentMembersMin, double informalMembersMin, double newcomerMembersMin,
                     double communityBudgetShareMin, double memberIqvMin, double dependenceShareMax,
                     double dependenceCountMin, double memberComponentsMax, double scaleResidentsMax,
                     double residentReachShareMin, double anchoringDepartmentsMin,
                     double weightDiversity, double weightPowerBalance, double weightBridging, double weightSupport,
                     double weightRoleClarity, double weightScale) {

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
        share("budget_share_max", budgetShareMax);
        share("budget_hhi_max", budgetHhiMax);
        share("broker_budget_share_max", brokerBudgetShareMax);
        wholeNumber("resident_members_min", residentMembersMin, 0);
        wholeNumber("informal_members_min", informalMembersMin, 0);
        wholeNumber("newcomer_members_min", newcomerMembersMin, 0);
        share("community_budget_share_min", communityBudgetShareMin);
        share("member_iqv_min", memberIqvMin);
        share("dependence_share_max", dependenceShareMax);
        wholeNumber("dependence_count_min", dependenceCountMin, 1);
        wholeNumber("member_components_max", memberComponentsMax, 1);
        wholeNumber("scale_residents_max", scaleResidentsMax, 0);
        share("resident_reach_share_min", residentReachShareMin);
        wholeNumber("anchoring_departments_min", anchoringDepartmentsMin, 0);
        nonNegative("weight_diversity", weightDiversity);
        nonNegative("weight_power_balance", weightPowerBalance);
        nonNegative("weight_bridging", weightBridging);
        nonNegative("weight_support", weightSupport);
        nonNegative("weight_role_clarity", weightRoleClarity);
        nonNegative("weight_scale", weightScale);
        if (weightDiversity + weightPowerBalance + weightBridging + weightSupport + weightRoleClarity + weightScale == 0) {
            throw new IllegalArgumentException("the criterion weights weight_diversity, weight_power_balance, "
                    + "weight_bridging, weight_support, weight_role_clarity and weight_scale are all 0 — give at least "
                    + "one of them a weight above 0");
        }
    }

    /**
     * The network-level thresholds only, with the documented defaults for every consortium threshold and
     * criterion weight (the form of this record before the consortium assessment was added).
     */
    public Policy(double gatekeepingShareMax, double gatekeepingShareCritical, double betweennessShareMax,
                  double betweennessCentralizationMax, double splitOffShareMin, double groupHoleDensityRatio,
                  double groupHoleMinSize, double groupHolesReportedMax, double peripheryRatioMax,
                  double diversityIqvMin, double centralUnderrepresentationRatio, double centralExpectedCountMin) {
        this(gatekeepingShareMax, gatekeepingShareCritical, betweennessShareMax, betweennessCentralizationMax,
                splitOffShareMin, groupHoleDensityRatio, groupHoleMinSize, groupHolesReportedMax, peripheryRatioMax,
                diversityIqvMin, centralUnderrepresentationRatio, centralExpectedCountMin,
                0.5, 0.4, 0.15, 1, 1, 1, 0.1, 0.5, 0.2, 3, 1, nl.vico.model.Neighbourhood.NEIGHBOURHOOD_SCALE_LIMIT,
                0.25, 2, 1, 1, 1, 1, 1, 1);
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

    /** {@code resident_members_min} as a count. */
    public int residentMembersMinCount() {
        return (int) residentMembersMin;
    }

    /** {@code informal_members_min} as a count. */
    public int informalMembersMinCount() {
        return (int) informalMembersMin;
    }

    /** {@code newcomer_members_min} as a count. */
    public int newcomerMembersMinCount() {
        return (int) newcomerMembersMin;
    }

    /** {@code dependence_count_min} as a count. */
    public int dependenceCountMinCount() {
        return (int) dependenceCountMin;
    }

    /** {@code member_components_max} as a count. */
    public int memberComponentsMaxCount() {
        return (int) memberComponentsMax;
    }

    /** {@code scale_residents_max} as a count of residents. */
    public int scaleResidentsMaxCount() {
        return (int) scaleResidentsMax;
    }

    /** {@code anchoring_departments_min} as a count. */
    public int anchoringDepartmentsMinCount() {
        return (int) anchoringDepartmentsMin;
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
