package nl.vico.analyzer.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import nl.vico.analyzer.findings.Policy;

/**
 * A consortium's score per {@link Criterion}, each from 0 (fails the criterion entirely) to 100 (meets the
 * policy's bar everywhere), and the overall score. Each criterion score is 100 times the mean of its
 * defined parts, each part a number from 0 to 1:
 *
 * <ul>
 *   <li><b>diversity</b>: {@code type_breadth} = the normalised Blau index (IQV over the 10 actor types) of the
 *       members; {@code required_kinds} = the mean of min(1, resident-side members / {@code resident_members_min})
 *       and min(1, informal members / {@code informal_members_min}); {@code newcomers} = min(1, newcomer members
 *       / {@code newcomer_members_min}). A minimum of 0 counts as met.</li>
 *   <li><b>power_balance</b>, only from the budget shares given: {@code budget_spread} = 1 − HHI, HHI = Σ s² over
 *       the normalised shares (a member without a share holds 0); {@code largest_share} = min(1, (1 − largest
 *       share) / (1 − {@code budget_share_max})); {@code community_say} = min(1, share held by residents, resident
 *       groups and informal members / {@code community_budget_share_min}). The raw HHI, not the normalised one,
 *       so that a member added with no budget does not change the score. Undefined when no share is given.</li>
 *   <li><b>bridging</b>: {@code independent_broker} = 1 when a member qualifies as the independent connector
 *       (see {@link ConsortiumAssessment.Bridging}), else 0; {@code member_cohesion} = 1 − (c − 1)/(k − 1) for
 *       the c pieces of the members' own network of k ≥ 2 members (1 for one member); {@code community_reach} =
 *       communities with a member or a direct contact of a member / all communities of the network.</li>
 *   <li><b>support</b>: {@code resident_reach} = residents and resident groups that are members or tied
 *       directly to one / all of them in the network; {@code resident_involvement} = those that are members or
 *       have a {@code trusts} or {@code informs} tie with a member / all of them; {@code anchoring} = min(1,
 *       municipal departments that are members or tied to one / min({@code anchoring_departments_min},
 *       departments in the network)). Parts without a denominator are left out.</li>
 *   <li><b>role_clarity</b> = ½·{@code municipal_role} + ¼·{@code one_lead} + ¼·{@code member_roles}, with
 *       {@code municipal_role} 1 when stated and consistent with the members, ½ when stated but inconsistent,
 *       0 when not stated; {@code one_lead} 1 for exactly one lead, else 0; {@code member_roles} the share of
 *       members with a role (0 without members). The municipality's role weighs most: it decides who commissions
 *       and who is accountable.</li>
 *   <li><b>scale</b>: {@code neighbourhood_scale} = clamp(2 − residents / {@code scale_residents_max}, 0, 1): full
 *       up to the limit, falling linearly to 0 at twice the limit ("at most about 25,000" is a guide, not a
 *       cliff). Undefined when the consortium's neighbourhood or its number of residents is not known.</li>
 * </ul>
 *
 * <p><b>overall</b> = Σ w_c·score_c / Σ w_c over the criteria whose score is defined, w_c the policy's
 * {@code weight_<criterion>}; undefined (NaN, null in reports) when no criterion with a weight above 0 is defined.
 *
 * @param byCriterion score per criterion, every criterion present; NaN when undefined
 * @param parts       the parts (0..1) behind each criterion's score, by part key; undefined parts left out
 * @param weights     the weight each criterion had
 * @param overall     the weighted mean; NaN when undefined
 */
public record ConsortiumScores(Map<Criterion, Double> byCriterion, Map<Criterion, Map<String, Double>> parts,
                               Map<Criterion, Double> weights, double overall) {
    public ConsortiumScores {
        Objects.requireNonNull(byCriterion, "byCriterion");
        for (Criterion c : Criterion.values()) {
            if (!byCriterion.containsKey(c)) {
                throw new IllegalArgumentException("give a score (NaN when undefined) for criterion " + c.key());
            }
        }
        byCriterion = Collections.unmodifiableMap(new EnumMap<>(byCriterion));
        var p = new EnumMap<Criterion, Map<String, Double>>(Criterion.class);
        parts.forEach((k, v) -> p.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        parts = Collections.unmodifiableMap(p);
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    /** The criterion's score from 0 to 100, or NaN when undefined. */
    public double score(Criterion c) {
        return byCriterion.get(c);
    }

    /** The weighted mean of the defined scores with the policy's weights. */
    static ConsortiumScores weigh(Map<Criterion, Double> scores, Map<Criterion, Map<String, Double>> parts, Policy policy) {
        var weights = new EnumMap<Criterion, Double>(Criterion.class);
        double sum = 0;
        double total = 0;
        for (Criterion c : Criterion.values()) {
            double w = c.weight(policy);
            weights.put(c, w);
            double s = scores.get(c);
            if (!Double.isNaN(s) && w > 0) {
                sum += w * s;
                total += w;
            }
        }
        return new ConsortiumScores(scores, parts, weights, total > 0 ? sum / total : Double.NaN);
    }

    /** 100 × the mean of the defined parts, NaN when none is defined. */
    static double mean(Map<String, Double> parts) {
        double sum = 0;
        int count = 0;
        for (double v : parts.values()) {
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        return count == 0 ? Double.NaN : 100 * sum / count;
    }

    /** {criterion key → score or null, …, overall → score or null}. */
    public Map<String, Object> asMap() {
        var m = new LinkedHashMap<String, Object>();
        for (Criterion c : Criterion.values()) {
            m.put(c.key(), nullIfNaN(byCriterion.get(c)));
        }
        m.put("overall", nullIfNaN(overall));
        return m;
    }

    /** {criterion key → {part key → value}} and the weights, for the report. */
    public Map<String, Object> partsAsMap() {
        var m = new LinkedHashMap<String, Object>();
        for (Criterion c : Criterion.values()) {
            var e = new LinkedHashMap<String, Object>();
            parts.getOrDefault(c, Map.of()).forEach((k, v) -> e.put(k, nullIfNaN(v)));
            e.put("weight", weights.get(c));
            m.put(c.key(), e);
        }
        return m;
    }

    static Double nullIfNaN(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }
}
