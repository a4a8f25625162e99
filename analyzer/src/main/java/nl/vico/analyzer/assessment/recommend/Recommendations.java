package nl.vico.analyzer.assessment.recommend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.vico.analyzer.assessment.ConsortiumAssessment;

/**
 * The best additions to one consortium ({@link RecommendationAnalysis}).
 *
 * @param before          the consortium's full assessment as it is
 * @param recommendations the top candidates, best first
 * @param candidates      how many non-members were considered
 */
public record Recommendations(ConsortiumAssessment before, List<Recommendation> recommendations, int candidates) {
    public Recommendations {
        Objects.requireNonNull(before, "before");
        recommendations = List.copyOf(recommendations);
    }

    /** As one JSON-ready document: {consortium, before: {scores, findings}, candidates, recommendations: [...]}; English. */
    public Map<String, Object> asMap() {
        return asMap(Locale.ENGLISH);
    }

    /** {@link #asMap()} with the findings and reasons in the language of {@code locale}. */
    public Map<String, Object> asMap(Locale locale) {
        var m = new LinkedHashMap<String, Object>();
        m.put("consortium", before.id());
        m.put("name", before.consortium().name());
        var b = new LinkedHashMap<String, Object>();
        b.put("scores", before.scores().asMap());
        b.put("findings", before.findingsAsMaps(locale));
        m.put("before", b);
        m.put("candidates", candidates);
        var list = new ArrayList<Object>();
        recommendations.forEach(r -> list.add(r.asMap(locale)));
        m.put("recommendations", list);
        return m;
    }
}
