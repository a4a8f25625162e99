package nl.vico.analyzer.community;

import nl.vico.analyzer.AnalysisContext;

/** Access to the one community partition of an analysis run, shared by every section that groups by community. */
public final class Communities {
    private Communities() {
    }

    /**
     * The Louvain partition of the context's network (seeded with the options' seed), computed once per
     * context and stored under the key {@code CommunityPartition.class}.
     */
    public static CommunityPartition of(AnalysisContext context) {
        return context.shared(CommunityPartition.class,
                c -> new LouvainAnalysis(c.options().seed()).partition(c.graph()));
    }
}
