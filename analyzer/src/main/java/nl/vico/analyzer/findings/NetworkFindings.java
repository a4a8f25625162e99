package nl.vico.analyzer.findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.Message;
import nl.vico.analyzer.MessageKey;
import nl.vico.analyzer.Severity;
import nl.vico.analyzer.centrality.Centralization;
import nl.vico.analyzer.community.CommunityPartition;
import nl.vico.analyzer.diversity.CentralDecile;
import nl.vico.analyzer.diversity.TypeDiversity;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.holes.GroupHole;
import nl.vico.analyzer.holes.GroupHoles;
import nl.vico.analyzer.power.CutVertex;
import nl.vico.analyzer.power.Gatekeeping;
import nl.vico.analyzer.power.Gini;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;

/**
 * Turns the network-level measurements into findings a municipal strategist can act on: each names the
 * actors (residents by id only, see {@link ActorLabels}), gives the evidence numbers, the policy threshold
 * that was crossed and a suggestion. A {@code …_max} threshold is crossed by a value above it, a
 * {@code …_min} or ratio threshold by a value below it, except {@code split_off_share_min}, which a split
 * reaches when it separates at least that share; each {@link Policy} component says which. Undefined
 * numbers are left out of the evidence. The texts are messages of the bundle ({@link nl.vico.analyzer.MessageKey},
 * written in English or Dutch by {@link nl.vico.analyzer.FindingMessages}). Every method is O(n) on measures
 * computed elsewhere.
 */
public final class NetworkFindings {
    private static final int NAMES_IN_MESSAGE = 5;

    private NetworkFindings() {
    }

    /**
     * POWER_CONCENTRATION: one intermediary controls the resident–municipality routes (gatekeeping share
     * above {@link Policy#gatekeepingShareMax()}; critical from {@link Policy#gatekeepingShareCritical()}), or
     * the actor with the most betweenness holds more than {@link Policy#betweennessShareMax()} of it, or
     * betweenness centralization exceeds {@link Policy#betweennessCentralizationMax()}. One finding per actor.
     */
    public static List<Finding> powerConcentration(StakeholderNetwork network, double[] betweennessRaw,
                                                   Gatekeeping gate, Policy policy) {
        var findings = new ArrayList<Finding>();
        int n = network.size();
        double total = 0;
        int top = -1;
        for (int v = 0; v < n; v++) {
            total += betweennessRaw[v];
            if (top < 0 || betweennessRaw[v] > betweennessRaw[top] || (betweennessRaw[v] == betweennessRaw[top]
                    && network.actor(v).id().compareTo(network.actor(top).id()) < 0)) {
                top = v;
            }
        }
        double topShare = total > 0 ? betweennessRaw[top] / total : Double.NaN;
        double centralization = Centralization.betweenness(betweennessRaw);
        double gini = Gini.of(betweennessRaw);
        boolean shareHigh = topShare > policy.betweennessShareMax();
        boolean centralized = centralization > policy.betweennessCentralizationMax();
        boolean betweennessHigh = total > 0 && (shareHigh || centralized);
        boolean gateHigh = gate.actor() >= 0 && gate.share() > policy.gatekeepingShareMax();
        if (gateHigh) {
            Actor keeper = network.actor(gate.actor());
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("gatekeeping_share", gate.share());
            evidence.put("gatekeeping_pairs", (double) gate.connectedPairs());
            Object alsoHub = "";
            if (betweennessHigh && top == gate.actor()) {
                alsoHub = Double.isNaN(centralization) ? Message.of(MessageKey.POWER_GATEKEEPER_ALSO_HUB_PLAIN, topShare)
                        : Message.of(MessageKey.POWER_GATEKEEPER_ALSO_HUB, topShare, centralization);
                putBetweenness(evidence, topShare, centralization, gini);
            }
            findings.add(Finding.of(FindingCode.POWER_CONCENTRATION,
                    gate.share() >= policy.gatekeepingShareCritical() ? Severity.CRITICAL : Severity.WARNING,
                    Message.of(MessageKey.POWER_GATEKEEPER, ActorLabels.of(keeper), gate.share(), alsoHub),
                    List.of(keeper.id()), evidence, policy.gatekeepingShareMax(),
                    Message.of(MessageKey.POWER_GATEKEEPER_SUGGESTION, ActorLabels.of(keeper))));
        }
        if (betweennessHigh && !(gateHigh && top == gate.actor())) {
            Actor hub = network.actor(top);
            var evidence = new LinkedHashMap<String, Double>();
            putBetweenness(evidence, topShare, centralization, gini);
            Message message = Double.isNaN(centralization)
                    ? Message.of(MessageKey.POWER_HUB_PLAIN, ActorLabels.of(hub), topShare)
                    : Message.of(MessageKey.POWER_HUB, ActorLabels.of(hub), topShare, centralization);
            findings.add(Finding.of(FindingCode.POWER_CONCENTRATION, Severity.WARNING, message, List.of(hub.id()),
                    evidence, shareHigh ? policy.betweennessShareMax() : policy.betweennessCentralizationMax(),
                    Message.of(MessageKey.POWER_HUB_SUGGESTION, ActorLabels.of(hub))));
        }
        return findings;
    }

    private static void putBetweenness(Map<String, Double> evidence, double share, double centralization, double gini) {
        put(evidence, "betweenness_share", share);
        put(evidence, "betweenness_centralization", centralization);
        put(evidence, "gini_betweenness", gini);
    }

    /** Adds a defined number; an undefined (NaN) one is left out of the evidence. */
    private static void put(Map<String, Double> evidence, String key, double value) {
        if (!Double.isNaN(value)) {
            evidence.put(key, value);
        }
    }

    /**
     * SINGLE_POINT_OF_FAILURE: an articulation point whose removal cuts resident-side actors off from every
     * municipality actor (critical), or separates at least {@link Policy#splitOffShareMin()} of all actors
     * from the largest remaining part (warning).
     */
    public static List<Finding> singlePointsOfFailure(StakeholderNetwork network, List<CutVertex> cuts, Policy policy) {
        var findings = new ArrayList<Finding>();
        int n = network.size();
        for (CutVertex c : cuts) {
            double splitShare = c.actorsSplitOff() / (double) n;
            boolean residents = c.residentsCutOff() > 0;
            if (!residents && splitShare < policy.splitOffShareMin()) {
                continue;
            }
            Actor a = network.actor(c.actor());
            String name = ActorLabels.of(a);
            var parts = new ArrayList<Object>();
            if (residents) {
                parts.add(Message.of(MessageKey.SPOF_NETWORK_RESIDENTS, c.residentsCutOff()));
            }
            if (splitShare >= policy.splitOffShareMin()) {
                parts.add(Message.of(MessageKey.SPOF_NETWORK_SPLIT, c.actorsSplitOff(), splitShare));
            }
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("actors_split_off", (double) c.actorsSplitOff());
            evidence.put("split_off_share", splitShare);
            evidence.put("residents_cut_off", (double) c.residentsCutOff());
            evidence.put("pieces", (double) c.pieces());
            findings.add(Finding.of(FindingCode.SINGLE_POINT_OF_FAILURE, residents ? Severity.CRITICAL : Severity.WARNING,
                    Message.of(MessageKey.SPOF_NETWORK, name, Message.Listing.of(Message.Join.COMMA_AND, parts), c.pieces()),
                    List.of(a.id()), evidence, policy.splitOffShareMin(),
                    Message.of(residents ? MessageKey.SPOF_NETWORK_SUGGESTION_RESIDENTS : MessageKey.SPOF_NETWORK_SUGGESTION,
                            name)));
        }
        return findings;
    }

    /**
     * STRUCTURAL_HOLE: pairs of actor types and of communities with (almost) no ties between them
     * ({@link nl.vico.analyzer.holes.GroupHolesAnalysis}, thresholds from the policy), naming who spans
     * them. A warning when nobody spans the hole, information when somebody does.
     */
    public static List<Finding> structuralHoles(StakeholderNetwork network, CompactGraph graph, GroupHoles types,
                                                GroupHoles communities, CommunityPartition partition, Policy policy) {
        var findings = new ArrayList<Finding>();
        BiFunction<Integer, Integer, Message> typeName =
                (g, size) -> Message.of(MessageKey.HOLE_TYPE_GROUP, Message.typeName(ActorType.values()[g]), size);
        for (GroupHole h : types.holes()) {
            findings.add(hole(network, h, typeName, policy));
        }
        if (partition != null) {
            int[] anchor = communityAnchors(network, graph, partition);
            BiFunction<Integer, Integer, Message> communityName = (g, size) -> Message.of(MessageKey.HOLE_COMMUNITY_GROUP,
                    g, size, ActorLabels.of(network.actor(anchor[g])));
            for (GroupHole h : communities.holes()) {
                findings.add(hole(network, h, communityName, policy));
            }
        }
        return findings;
    }

    /** The best-tied member of each community (ties by index), to name the community after. */
    private static int[] communityAnchors(StakeholderNetwork network, CompactGraph graph, CommunityPartition partition) {
        int[] anchor = new int[partition.count()];
        Arrays.fill(anchor, -1);
        for (int v = 0; v < network.size(); v++) {
            int c = partition.of(v);
            if (anchor[c] < 0 || graph.degree(v) > graph.degree(anchor[c])) {
                anchor[c] = v;
            }
        }
        return anchor;
    }

    private static Finding hole(StakeholderNetwork network, GroupHole h,
                                BiFunction<Integer, Integer, Message> name, Policy policy) {
        Message a = name.apply(h.groupA(), h.sizeA());
        Message b = name.apply(h.groupB(), h.sizeB());
        var spanners = new ArrayList<Actor>();
        var ids = new ArrayList<String>();
        for (int s : h.spanners()) {
            spanners.add(network.actor(s));
            ids.add(network.actor(s).id());
        }
        Message who = spanners.isEmpty() ? Message.of(MessageKey.HOLE_NOBODY)
                : Message.of(spanners.size() == 1 ? MessageKey.HOLE_ONE_SPANNER : MessageKey.HOLE_SPANNERS,
                        ActorLabels.listing(spanners, NAMES_IN_MESSAGE));
        Message message = h.ties() == 0 ? Message.of(MessageKey.HOLE_NO_TIE, a, b, who)
                : Message.of(MessageKey.HOLE_FEW_TIES, h.ties(), a, b, h.densityRatio(), who);
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("ties", (double) h.ties());
        evidence.put("density", h.density());
        evidence.put("density_ratio", h.densityRatio());
        evidence.put("size_a", (double) h.sizeA());
        evidence.put("size_b", (double) h.sizeB());
        evidence.put("spanners", (double) spanners.size());
        Message suggestion = spanners.isEmpty() ? Message.of(MessageKey.HOLE_SUGGESTION)
                : Message.of(MessageKey.HOLE_SUGGESTION_SPANNERS, ActorLabels.listing(spanners, NAMES_IN_MESSAGE),
                        spanners.size());
        return Finding.of(FindingCode.STRUCTURAL_HOLE, spanners.isEmpty() ? Severity.WARNING : Severity.INFO,
                message, ids, evidence, policy.groupHoleDensityRatio(), suggestion);
    }

    /**
     * RESIDENTS_AT_PERIPHERY: the resident side's (residents and resident groups) mean betweenness or mean
     * degree is below {@link Policy#peripheryRatioMax()} times that of the other actors, or their share of
     * the most central decile is below {@link Policy#centralUnderrepresentationRatio()} times their share
     * overall (judged only when their overall share would give them at least
     * {@link Policy#centralExpectedCountMin()} places there).
     */
    public static List<Finding> residentsAtPeriphery(StakeholderNetwork network, CompactGraph graph,
                                                     double[] betweennessRaw, CentralDecile decile, Policy policy) {
        int n = network.size();
        double bResidents = 0;
        double bOthers = 0;
        double dResidents = 0;
        double dOthers = 0;
        double totalBetweenness = 0;
        var residents = new ArrayList<String>();
        for (int v = 0; v < n; v++) {
            totalBetweenness += betweennessRaw[v];
            if (network.actor(v).type().isResidentSide()) {
                residents.add(network.actor(v).id());
                bResidents += betweennessRaw[v];
                dResidents += graph.degree(v);
            } else {
                bOthers += betweennessRaw[v];
                dOthers += graph.degree(v);
            }
        }
        int r = residents.size();
        if (r == 0 || r == n) {
            return List.of();
        }
        double meanBR = bResidents / r;
        double meanBO = bOthers / (n - r);
        double meanDR = dResidents / r;
        double meanDO = dOthers / (n - r);
        double bRatio = meanBO > 0 ? meanBR / meanBO : Double.NaN;
        double dRatio = meanDO > 0 ? meanDR / meanDO : Double.NaN;
        boolean judgeDecile = totalBetweenness > 0
                && decile.residentShareOverall() * decile.size() >= policy.centralExpectedCountMin();
        boolean underCentral = judgeDecile && decile.residentShareCentral()
                < policy.centralUnderrepresentationRatio() * decile.residentShareOverall();
        boolean lowB = bRatio < policy.peripheryRatioMax();
        boolean lowD = dRatio < policy.peripheryRatioMax();
        if (!(lowB || lowD || underCentral)) {
            return List.of();
        }
        var parts = new ArrayList<Object>();
        if (lowB || lowD) {
            if (Double.isNaN(bRatio)) {
                parts.add(Message.of(MessageKey.PERIPHERY_MEANS_DEGREE, dRatio));
            } else if (Double.isNaN(dRatio)) {
                parts.add(Message.of(MessageKey.PERIPHERY_MEANS_BETWEENNESS, bRatio));
            } else {
                parts.add(Message.of(MessageKey.PERIPHERY_MEANS_BOTH, bRatio, dRatio));
            }
        }
        if (underCentral) {
            long inDecile = Math.round(decile.residentShareCentral() * decile.size());
            parts.add(Message.of(MessageKey.PERIPHERY_CENTRAL, inDecile, decile.size(), decile.residentShareOverall()));
        }
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("resident_mean_betweenness", meanBR);
        evidence.put("others_mean_betweenness", meanBO);
        put(evidence, "betweenness_ratio", bRatio);
        evidence.put("resident_mean_degree", meanDR);
        evidence.put("others_mean_degree", meanDO);
        put(evidence, "degree_ratio", dRatio);
        put(evidence, "resident_share_central_decile", decile.residentShareCentral());
        put(evidence, "resident_share_overall", decile.residentShareOverall());
        return List.of(Finding.of(FindingCode.RESIDENTS_AT_PERIPHERY, Severity.WARNING,
                Message.of(MessageKey.PERIPHERY, Message.Listing.of(Message.Join.SEMICOLON, parts)), residents, evidence,
                lowB || lowD ? policy.peripheryRatioMax() : policy.centralUnderrepresentationRatio(),
                Message.of(MessageKey.PERIPHERY_SUGGESTION)));
    }

    /**
     * LOW_DIVERSITY: the normalised Blau index of the actor types is below {@link Policy#diversityIqvMin()};
     * or informal actors, or newcomers, hold less than {@link Policy#centralUnderrepresentationRatio()} times
     * their overall share of the most central decile (judged as for residents).
     */
    public static List<Finding> lowDiversity(StakeholderNetwork network, TypeDiversity diversity, CentralDecile decile,
                                             double[] betweennessRaw, Policy policy) {
        var findings = new ArrayList<Finding>();
        int n = network.size();
        if (n >= 2 && diversity.blauNormalised() < policy.diversityIqvMin()) {
            ActorType largest = ActorType.values()[0];
            var missing = new ArrayList<Message>();
            for (ActorType t : ActorType.values()) {
                if (diversity.count(t) > diversity.count(largest)) {
                    largest = t;
                }
                if (diversity.count(t) == 0) {
                    missing.add(Message.typeName(t));
                }
            }
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("blau_index", diversity.blau());
            evidence.put("blau_index_normalised", diversity.blauNormalised());
            put(evidence, "shannon_evenness", diversity.shannonEvenness());
            evidence.put("types_present", (double) diversity.typesPresent());
            evidence.put("largest_type_share", diversity.share(largest));
            var missingList = Message.Listing.of(Message.Join.COMMA, missing);
            Message message = Message.of(MessageKey.LOW_DIVERSITY_DOMINATED, Message.typeName(largest),
                    diversity.share(largest), diversity.blauNormalised(),
                    missing.isEmpty() ? "" : Message.of(MessageKey.LOW_DIVERSITY_MISSING, missingList));
            findings.add(Finding.of(FindingCode.LOW_DIVERSITY, Severity.WARNING, message, List.of(), evidence,
                    policy.diversityIqvMin(), missing.isEmpty() ? Message.of(MessageKey.LOW_DIVERSITY_SUGGESTION)
                            : Message.of(MessageKey.LOW_DIVERSITY_SUGGESTION_MISSING, missingList)));
        }
        double total = 0;
        for (double b : betweennessRaw) {
            total += b;
        }
        if (total > 0) {
            underrepresented(network, decile, MessageKey.LOW_DIVERSITY_INFORMAL, decile.informalShareCentral(),
                    decile.informalShareOverall(), "informal", MessageKey.LOW_DIVERSITY_INFORMAL_SUGGESTION, policy)
                    .ifPresent(findings::add);
            underrepresented(network, decile, MessageKey.LOW_DIVERSITY_NEWCOMERS, decile.newcomerShareCentral(),
                    decile.newcomerShareOverall(), "newcomer", MessageKey.LOW_DIVERSITY_NEWCOMERS_SUGGESTION, policy)
                    .ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> underrepresented(StakeholderNetwork network, CentralDecile decile,
                                                      MessageKey who, double central, double overall, String key,
                                                      MessageKey suggestion, Policy policy) {
        if (!(overall * decile.size() >= policy.centralExpectedCountMin())
                || !(central < policy.centralUnderrepresentationRatio() * overall)) {
            return Optional.empty();
        }
        var top = new ArrayList<Actor>();
        var ids = new ArrayList<String>();
        for (int v : decile.actors()) {
            top.add(network.actor(v));
            ids.add(network.actor(v).id());
        }
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put(key + "_share_central_decile", central);
        evidence.put(key + "_share_overall", overall);
        Message message = Message.of(who, overall, central, decile.size(), ActorLabels.listing(top, NAMES_IN_MESSAGE));
        return Optional.of(Finding.of(FindingCode.LOW_DIVERSITY, Severity.INFO, message, ids, evidence,
                policy.centralUnderrepresentationRatio(), Message.of(suggestion)));
    }
}
