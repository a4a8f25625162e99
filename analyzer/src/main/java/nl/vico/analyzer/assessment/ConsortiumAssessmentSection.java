package nl.vico.analyzer.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;

/**
 * Per consortium ({@link ConsortiumAssessmentAnalysis}, thresholds and weights from the context's policy):
 * {@code scores} ({diversity, power_balance, bridging, support, role_clarity, scale, overall}, 0–100, null when
 * undefined), {@code score_parts}, {@code findings} (list of {code, severity, message, actors, evidence,
 * threshold, suggestion}), {@code rank} (1 = best among the proposals for the same task, {@link ConsortiumComparison}),
 * and the measurements {@code diversity}, {@code power}, {@code bridging}, {@code support}, {@code roles},
 * {@code scale} and {@code member_profiles}, and {@code recommendations}: the three non-members whose joining
 * (without budget) would close most gaps ({@link nl.vico.analyzer.assessment.recommend.RecommendationAnalysis}). The consortium findings stay under their consortium; the report's
 * top-level findings are the network's. The texts (findings' {@code message} and {@code suggestion}, the
 * recommendations' {@code message} and {@code reasons}) are put in as {@link nl.vico.analyzer.Message}s, which
 * {@link AnalysisReport#consortia(java.util.Locale)} writes in the language asked for.
 */
public final class ConsortiumAssessmentSection implements ReportSection {
    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var assessments = ConsortiumAssessmentAnalysis.of(context);
        var byTask = new HashMap<String, List<ConsortiumAssessment>>();
        for (var a : assessments) {
            byTask.computeIfAbsent(a.consortium().task() == null ? "" : a.consortium().task(), t -> new ArrayList<>()).add(a);
        }
        var ranks = new HashMap<String, Integer>();
        byTask.forEach((task, list) -> {
            var comparison = ConsortiumComparison.of(task.isEmpty() ? null : task, list);
            for (var a : list) {
                ranks.put(a.id(), comparison.rank(a.id()));
            }
        });
        var recommender = new nl.vico.analyzer.assessment.recommend.RecommendationAnalysis();
        for (var a : assessments) {
            a.rawValues().forEach((k, v) -> report.consortium(a.id(), k, v));
            report.consortium(a.id(), "rank", ranks.get(a.id()));
            report.consortium(a.id(), "recommendations", recommendations(recommender, context, a.id()));
        }
    }

    /** The best {@link #RECOMMENDATIONS} additions in short: who, how much it helps, and why in a sentence. */
    private static List<java.util.Map<String, Object>> recommendations(
            nl.vico.analyzer.assessment.recommend.RecommendationAnalysis recommender, AnalysisContext context, String id) {
        var out = new ArrayList<java.util.Map<String, Object>>();
        for (var r : recommender.recommend(context, id, RECOMMENDATIONS).recommendations()) {
            var m = new java.util.LinkedHashMap<String, Object>();
            m.put("rank", r.rank());
            m.put("actor", r.actor());
            m.put("name", r.label());
            m.put("type", r.type().key());
            m.put("gain", Double.isFinite(r.gain()) ? r.gain() : null);
            m.put("message", r.summaryText());
            m.put("reasons", r.reasonTexts());
            out.add(m);
        }
        return out;
    }

    /** How many additions {@code vico analyze} lists per consortium; {@code vico recommend --top K} gives more. */
    static final int RECOMMENDATIONS = 3;
}
