package nl.vico.analyzer.diversity;

import java.util.LinkedHashMap;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.brokerage.Groupings;
import nl.vico.analyzer.centrality.Betweenness;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;
import nl.vico.model.ActorType;

/**
 * Diversity and mixing. Groups: {@code types} ({type → {count, share, ei_index}} for all ten types).
 * Network: {@code blau_index}, {@code blau_index_normalised}, {@code shannon_evenness}
 * ({@link DiversityAnalysis}), {@code ei_index} and {@code type_assortativity} ({@link MixingAnalysis}),
 * {@code central_decile_size}, {@code informal_share_central_decile}, {@code informal_share_overall},
 * {@code newcomer_share_central_decile}, {@code newcomer_share_overall},
 * {@code resident_share_central_decile} and {@code resident_share_overall} ({@link CentralDecileAnalysis}).
 */
public final class DiversitySection implements ReportSection {

    /** Type diversity of the context's network, computed once per context. */
    public static TypeDiversity diversity(AnalysisContext context) {
        return context.shared(TypeDiversity.class, c -> new DiversityAnalysis().analyze(c.network()));
    }

    /** Mixing of actor types along the ties, computed once per context. */
    public static Mixing typeMixing(AnalysisContext context) {
        return context.shared(Mixing.class, c -> MixingAnalysis.compute(c.graph(), Groupings.byType(c.network()),
                ActorType.values().length));
    }

    /** The most central decile by betweenness, computed once per context. */
    public static CentralDecile centralDecile(AnalysisContext context) {
        return context.shared(CentralDecile.class,
                c -> CentralDecileAnalysis.compute(c.network(), Betweenness.of(c).raw()));
    }

    @Override
    public void addTo(AnalysisContext context, AnalysisReport.Builder report) {
        var diversity = diversity(context);
        var mixing = typeMixing(context);
        var types = new LinkedHashMap<String, Object>();
        for (ActorType t : ActorType.values()) {
            var e = new LinkedHashMap<String, Object>();
            e.put("count", diversity.count(t));
            e.put("share", nullIfNaN(diversity.share(t)));
            e.put("ei_index", nullIfNaN(mixing.ei(t.ordinal())));
            types.put(t.key(), e);
        }
        report.group("types", types);
        report.network("blau_index", diversity.blau());
        report.network("blau_index_normalised", diversity.blauNormalised());
        report.network("shannon_evenness", diversity.shannonEvenness());
        report.network("ei_index", mixing.ei());
        report.network("type_assortativity", mixing.assortativity());
        var decile = centralDecile(context);
        report.network("central_decile_size", decile.size());
        report.network("informal_share_central_decile", decile.informalShareCentral());
        report.network("informal_share_overall", decile.informalShareOverall());
        report.network("newcomer_share_central_decile", decile.newcomerShareCentral());
        report.network("newcomer_share_overall", decile.newcomerShareOverall());
        report.network("resident_share_central_decile", decile.residentShareCentral());
        report.network("resident_share_overall", decile.residentShareOverall());
    }

    private static Double nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
