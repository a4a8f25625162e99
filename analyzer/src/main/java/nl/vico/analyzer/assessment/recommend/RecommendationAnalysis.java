package nl.vico.analyzer.assessment.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.Message;
import nl.vico.analyzer.MessageKey;
import nl.vico.analyzer.Severity;
import nl.vico.analyzer.assessment.AssessmentChange;
import nl.vico.analyzer.assessment.ConsortiumAssessment;
import nl.vico.analyzer.assessment.ConsortiumAssessmentAnalysis;
import nl.vico.analyzer.assessment.ConsortiumAssessmentAnalysis.Depth;
import nl.vico.analyzer.findings.ActorLabels;
import nl.vico.model.Actor;
import nl.vico.model.Consortium;
import nl.vico.model.Membership;

/**
 * Who to add to a consortium: every actor of the network that is not a member, ranked by how much adding it
 * would close the consortium's gaps.
 *
 * <p><b>Ranking.</b> Each candidate x is added with budget share 0 and role broker (type broker) or partner
 * ({@link ConsortiumAssessmentAnalysis#newMember}); the consortium is reassessed and the candidates are ordered:
 * first those tied to at least one member (an actor without such a tie would join as a token member, with
 * nobody in the coalition who knows it), then by the gain in overall score (after − before), then by warnings
 * and critical findings resolved minus those introduced, then by how much x lowers the consortium's
 * constraint, then by dataset order. The overall score already carries each
 * gap the issue names: the missing kinds of party filled and newcomers (diversity), the communities newly
 * reached, the pieces of the members' network joined and an independent connector (bridging), residents and
 * departments newly reached (support). Because x joins without budget, the budget shares, their HHI and the
 * largest share do not change: no candidate can raise the budget's concentration, and the power balance score
 * stays as it is.
 *
 * <p><b>Cost.</b> The network-level results (communities, gatekeeping, holes) are computed once on the context;
 * each candidate costs one {@link Depth#QUICK} assessment, O(n/64 + Σ_{v∈M∪J} deg(v) + k·e) for the members M,
 * their contacts J and the k members' own e ties, so c candidates cost c times that, not c whole-network
 * analyses. Only the top K get a {@link Depth#FULL} assessment for their before/after report.
 */
public final class RecommendationAnalysis {
    private final ConsortiumAssessmentAnalysis assessment = new ConsortiumAssessmentAnalysis();

    /**
     * The best {@code top} additions to the consortium.
     *
     * @throws IllegalArgumentException for an unknown consortium (naming the nearest id) or {@code top} below 1
     */
    public Recommendations recommend(AnalysisContext context, String consortiumId, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("ask for at least 1 recommendation, not " + top);
        }
        var network = context.network();
        Consortium c = ConsortiumAssessmentAnalysis.consortium(network, consortiumId);
        List<Membership> current = network.membersOf(c.id());
        var members = new HashSet<String>();
        current.forEach(m -> members.add(m.actor()));
        var quickBefore = assessment.assess(context, c, current, Depth.QUICK);
        var ranked = new ArrayList<Candidate>();
        for (int v = 0; v < network.size(); v++) {
            Actor a = network.actor(v);
            if (members.contains(a.id())) {
                continue;
            }
            var after = assessment.assess(context, c, with(current, ConsortiumAssessmentAnalysis.newMember(network, c.id(), a.id())),
                    Depth.QUICK);
            ranked.add(new Candidate(v, a, AssessmentChange.between(quickBefore, after)));
        }
        ranked.sort(Candidate.ORDER);
        var before = assessment.assess(context, c, current, Depth.FULL);
        var result = new ArrayList<Recommendation>();
        for (int i = 0; i < Math.min(top, ranked.size()); i++) {
            Actor a = ranked.get(i).actor();
            var membership = ConsortiumAssessmentAnalysis.newMember(network, c.id(), a.id());
            var after = assessment.assess(context, c, with(current, membership), Depth.FULL);
            result.add(recommendation(i + 1, a, membership, AssessmentChange.between(before, after)));
        }
        return new Recommendations(before, result, ranked.size());
    }

    private static List<Membership> with(List<Membership> current, Membership added) {
        var list = new ArrayList<>(current);
        list.add(added);
        return list;
    }

    /** A candidate and its quick before/after. */
    private record Candidate(int index, Actor actor, AssessmentChange change) {
        static final Comparator<Candidate> ORDER = Comparator
                .comparingInt((Candidate c) -> tiedToMember(c) ? 0 : 1)
                .thenComparingDouble(c -> -orZero(c.change().overallChange()))
                .thenComparingInt(c -> -(netResolved(c.change())))
                .thenComparingDouble(c -> -orZero(c.change().before().bridging().consortiumConstraint()
                        - c.change().after().bridging().consortiumConstraint()))
                .thenComparingInt(Candidate::index);
    }

    /** Whether the candidate is tied to a member (or the consortium has none, so nobody can be). */
    private static boolean tiedToMember(Candidate c) {
        return c.change().before().members().isEmpty()
                || c.change().after().member(c.actor().id()).map(m -> m.memberTies() > 0).orElse(false);
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static int netResolved(AssessmentChange change) {
        return serious(change.disappeared()) - serious(change.appeared());
    }

    private static int serious(List<Finding> findings) {
        return (int) findings.stream().filter(f -> f.severity() != Severity.INFO).count();
    }

    private static Recommendation recommendation(int rank, Actor a, Membership membership, AssessmentChange change) {
        var before = change.before();
        var after = change.after();
        var filled = new ArrayList<>(before.diversity().missingKinds());
        filled.removeAll(after.diversity().missingKinds());
        int communities = after.diversity().communitiesReached() - before.diversity().communitiesReached();
        int joinedPieces = before.bridging().memberComponents() + 1 - after.bridging().memberComponents();
        int residents = after.support().reachedDirectly() - before.support().reachedDirectly();
        double cBefore = before.bridging().consortiumConstraint();
        double cAfter = after.bridging().consortiumConstraint();
        int ties = after.member(a.id()).map(ConsortiumAssessment.Member::memberTies).orElse(0);
        return new Recommendation(rank, a.id(), ActorLabels.of(a), a.type(), membership.role(), change.overallChange(),
                ties, filled, Math.max(0, communities), Math.max(0, joinedPieces), Math.max(0, residents), cBefore, cAfter,
                reasons(a, ties, filled, communities, joinedPieces, residents, cBefore, cAfter, change), change);
    }

    /** "A, B (2)" for the codes of the warnings and critical findings, in order. */
    private static String codes(List<Finding> findings) {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        for (Finding f : findings) {
            if (f.severity() != Severity.INFO) {
                counts.merge(f.code().name(), 1, Integer::sum);
            }
        }
        var parts = new ArrayList<String>();
        counts.forEach((code, n) -> parts.add(n == 1 ? code : code + " (" + n + ")"));
        return String.join(", ", parts);
    }

    private static List<Message> reasons(Actor a, int ties, List<String> filled, int communities, int pieces,
                                         int residents, double cBefore, double cAfter, AssessmentChange change) {
        var before = change.before();
        var after = change.after();
        var reasons = new ArrayList<Message>();
        var resolved = codes(change.disappeared());
        if (!resolved.isEmpty()) {
            reasons.add(Message.of(MessageKey.REASON_RESOLVES, resolved));
        }
        for (String kind : filled) {
            reasons.add(Message.of(MessageKey.REASON_FILLS, Message.of("resident_side".equals(kind)
                    ? MessageKey.KIND_RESIDENT_SIDE : MessageKey.KIND_INFORMAL)));
        }
        if (before.diversity().types().count(a.type()) == 0 && before.members().size() > 0) {
            reasons.add(Message.of(MessageKey.REASON_ADDS_TYPE, Message.typeName(a.type())));
        }
        if (a.newcomer()) {
            reasons.add(Message.of(MessageKey.REASON_NEWCOMER));
        }
        reasons.add(ties == 0 ? Message.of(MessageKey.REASON_NO_TIE) : Message.of(MessageKey.REASON_TIED, ties));
        if (pieces >= 2) {
            reasons.add(Message.of(MessageKey.REASON_PIECES, pieces));
        }
        if (communities > 0) {
            reasons.add(Message.of(MessageKey.REASON_COMMUNITIES, communities));
        }
        if (residents > 0) {
            reasons.add(Message.of(MessageKey.REASON_RESIDENTS, residents));
        }
        int departments = after.support().departments().size() - before.support().departments().size();
        if (departments > 0) {
            reasons.add(Message.of(MessageKey.REASON_DEPARTMENTS, departments));
        }
        if (!Double.isNaN(cBefore) && !Double.isNaN(cAfter) && cAfter < cBefore) {
            reasons.add(Message.of(MessageKey.REASON_CONSTRAINT, cBefore, cAfter));
        }
        reasons.add(before.power().budgetGiven() ? Message.of(MessageKey.REASON_NO_BUDGET_HHI, after.power().hhi())
                : Message.of(MessageKey.REASON_NO_BUDGET));
        var introduced = codes(change.appeared());
        if (!introduced.isEmpty()) {
            reasons.add(Message.of(ties == 0 ? MessageKey.REASON_BRINGS_UNTIED : MessageKey.REASON_BRINGS, introduced));
        }
        return reasons;
    }
}
