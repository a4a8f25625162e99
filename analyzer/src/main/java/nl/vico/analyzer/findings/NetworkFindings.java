package nl.vico.analyzer.findings;

import static nl.vico.analyzer.findings.ActorLabels.decimal;
import static nl.vico.analyzer.findings.ActorLabels.percent;
import static nl.vico.analyzer.findings.ActorLabels.words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
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
 * numbers are left out of the evidence. Every method is O(n) on measures computed elsewhere.
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
            String message = ActorLabels.of(keeper) + " lies on " + percent(gate.share())
                    + " of the shortest paths between residents and the municipality.";
            if (betweennessHigh && top == gate.actor()) {
                message += " It also holds " + percent(topShare) + " of all brokering of shortest routes in the network"
                        + (Double.isNaN(centralization) ? "." : " (betweenness centralization " + decimal(centralization) + ").");
                putBetweenness(evidence, topShare, centralization, gini);
            }
            findings.add(new Finding(FindingCode.POWER_CONCENTRATION,
                    gate.share() >= policy.gatekeepingShareCritical() ? Severity.CRITICAL : Severity.WARNING,
                    message, List.of(keeper.id()), evidence, policy.gatekeepingShareMax(),
                    "Give residents routes of their own to the municipality: direct contacts with the responsible "
                            + "departments, or an independent connector (verbinder) without a stake in the budget, so that "
                            + ActorLabels.of(keeper) + " is no longer the only way in."));
        }
        if (betweennessHigh && !(gateHigh && top == gate.actor())) {
            Actor hub = network.actor(top);
            var evidence = new LinkedHashMap<String, Double>();
            putBetweenness(evidence, topShare, centralization, gini);
            String message = ActorLabels.of(hub) + " holds " + percent(topShare)
                    + " of all brokering of shortest routes in the network"
                    + (Double.isNaN(centralization) ? "" : " (betweenness centralization " + decimal(centralization) + ")")
                    + ": many parties reach each other only through it.";
            findings.add(new Finding(FindingCode.POWER_CONCENTRATION, Severity.WARNING, message, List.of(hub.id()),
                    evidence, shareHigh ? policy.betweennessShareMax() : policy.betweennessCentralizationMax(),
                    "Help the parties around " + ActorLabels.of(hub) + " to work with each other directly, so that "
                            + "contacts do not all run through one party."));
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
            var parts = new ArrayList<String>();
            if (residents) {
                parts.add(c.residentsCutOff() + (c.residentsCutOff() == 1 ? " resident or resident group loses"
                        : " residents and resident groups lose") + " every connection to the municipality");
            }
            if (splitShare >= policy.splitOffShareMin()) {
                parts.add(c.actorsSplitOff() + " actors (" + percent(splitShare) + " of the network) are cut off from the rest");
            }
            String message = "Without " + name + ", " + String.join(", and ", parts) + ": the network falls apart into "
                    + c.pieces() + " pieces.";
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("actors_split_off", (double) c.actorsSplitOff());
            evidence.put("split_off_share", splitShare);
            evidence.put("residents_cut_off", (double) c.residentsCutOff());
            evidence.put("pieces", (double) c.pieces());
            findings.add(new Finding(FindingCode.SINGLE_POINT_OF_FAILURE, residents ? Severity.CRITICAL : Severity.WARNING,
                    message, List.of(a.id()), evidence, policy.splitOffShareMin(),
                    "Build a second link: tie the parties that now depend on " + name + " to each other"
                            + (residents ? " and to the municipality" : "")
                            + ", so that the network holds together if " + name + " withdraws."));
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
        BiFunction<Integer, Integer, String> typeName =
                (g, size) -> "the " + size + " " + words(ActorType.values()[g]) + (size == 1 ? " actor" : " actors");
        for (GroupHole h : types.holes()) {
            findings.add(hole(network, h, typeName, policy));
        }
        if (partition != null) {
            int[] anchor = communityAnchors(network, graph, partition);
            BiFunction<Integer, Integer, String> communityName = (g, size) -> "community " + g
                    + " (" + size + " actors, around " + ActorLabels.of(network.actor(anchor[g])) + ")";
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
                                BiFunction<Integer, Integer, String> name, Policy policy) {
        String a = name.apply(h.groupA(), h.sizeA());
        String b = name.apply(h.groupB(), h.sizeB());
        String ties = h.ties() == 0 ? "There is no tie between " + a + " and " + b
                : "Only " + h.ties() + (h.ties() == 1 ? " tie joins " : " ties join ") + a + " and " + b
                        + ", " + percent(h.densityRatio()) + " of the density of the network as a whole";
        var spanners = new ArrayList<Actor>();
        var ids = new ArrayList<String>();
        for (int s : h.spanners()) {
            spanners.add(network.actor(s));
            ids.add(network.actor(s).id());
        }
        String who = spanners.isEmpty() ? "Nobody has ties into both."
                : ActorLabels.list(spanners, NAMES_IN_MESSAGE) + (spanners.size() == 1 ? " is the only one with" : " have")
                        + " ties into both.";
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("ties", (double) h.ties());
        evidence.put("density", h.density());
        evidence.put("density_ratio", h.densityRatio());
        evidence.put("size_a", (double) h.sizeA());
        evidence.put("size_b", (double) h.sizeB());
        evidence.put("spanners", (double) spanners.size());
        String suggestion = spanners.isEmpty()
                ? "Bring the two groups together, e.g. through a joint activity or an independent connector "
                        + "(verbinder) with ties to both."
                : "Involve " + ActorLabels.list(spanners, NAMES_IN_MESSAGE) + " to connect the two groups, and add "
                        + "direct ties so that the contact does not depend on " + (spanners.size() == 1 ? "one party." : "a few parties.");
        return new Finding(FindingCode.STRUCTURAL_HOLE, spanners.isEmpty() ? Severity.WARNING : Severity.INFO,
                ties + ". " + who, ids, evidence, policy.groupHoleDensityRatio(), suggestion);
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
        var parts = new ArrayList<String>();
        if (lowB || lowD) {
            var means = new ArrayList<String>();
            if (!Double.isNaN(bRatio)) {
                means.add("their mean betweenness is " + percent(bRatio));
            }
            if (!Double.isNaN(dRatio)) {
                means.add("their mean number of ties " + percent(dRatio));
            }
            parts.add(String.join(" and ", means) + " of the other actors'");
        }
        if (underCentral) {
            long inDecile = Math.round(decile.residentShareCentral() * decile.size());
            parts.add((inDecile == 0 ? "none of them is" : "only " + inDecile + " of them " + (inDecile == 1 ? "is" : "are"))
                    + " among the " + decile.size() + " most central actors, though they make up "
                    + percent(decile.residentShareOverall()) + " of the network");
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
        String message = "Residents and resident groups stand at the edge of the network: " + String.join("; ", parts) + ".";
        return List.of(new Finding(FindingCode.RESIDENTS_AT_PERIPHERY, Severity.WARNING, message, residents, evidence,
                lowB || lowD ? policy.peripheryRatioMax() : policy.centralUnderrepresentationRatio(),
                "Involve residents directly: give resident groups a seat where plans are prepared and tie them to the "
                        + "municipality and the main organisations, not only through intermediaries."));
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
            var missing = new ArrayList<String>();
            for (ActorType t : ActorType.values()) {
                if (diversity.count(t) > diversity.count(largest)) {
                    largest = t;
                }
                if (diversity.count(t) == 0) {
                    missing.add(words(t));
                }
            }
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("blau_index", diversity.blau());
            evidence.put("blau_index_normalised", diversity.blauNormalised());
            put(evidence, "shannon_evenness", diversity.shannonEvenness());
            evidence.put("types_present", (double) diversity.typesPresent());
            evidence.put("largest_type_share", diversity.share(largest));
            String message = "The network is dominated by " + words(largest) + " actors (" + percent(diversity.share(largest))
                    + " of all actors; normalised Blau index " + decimal(diversity.blauNormalised()) + ")."
                    + (missing.isEmpty() ? "" : " Missing entirely: " + String.join(", ", missing) + ".");
            findings.add(new Finding(FindingCode.LOW_DIVERSITY, Severity.WARNING, message, List.of(), evidence,
                    policy.diversityIqvMin(), missing.isEmpty()
                            ? "Widen the circle: involve more parties of the kinds that are now few."
                            : "Invite parties of the missing kinds (" + String.join(", ", missing) + ") into the network."));
        }
        double total = 0;
        for (double b : betweennessRaw) {
            total += b;
        }
        if (total > 0) {
            underrepresented(network, decile, "Informal parties", decile.informalShareCentral(),
                    decile.informalShareOverall(), "informal", policy).ifPresent(findings::add);
            underrepresented(network, decile, "Newcomers", decile.newcomerShareCentral(),
                    decile.newcomerShareOverall(), "newcomer", policy).ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> underrepresented(StakeholderNetwork network, CentralDecile decile,
                                                                String who, double central, double overall, String key,
                                                                Policy policy) {
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
        String message = who + " make up " + percent(overall) + " of the network but " + percent(central) + " of its "
                + decile.size() + " most central actors (" + ActorLabels.list(top, NAMES_IN_MESSAGE)
                + "): they are present, but not where the connections run.";
        return Optional.of(new Finding(FindingCode.LOW_DIVERSITY, Severity.INFO, message, ids, evidence,
                policy.centralUnderrepresentationRatio(),
                "Give " + who.toLowerCase(Locale.ROOT) + " a role where parties meet and plans are made, "
                        + "e.g. as members of the core team or hosts of joint activities."));
    }
}
