package nl.vico.analyzer.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.Message;
import nl.vico.analyzer.Message.Join;
import nl.vico.analyzer.Message.Listing;
import nl.vico.analyzer.MessageKey;
import nl.vico.analyzer.Severity;
import nl.vico.analyzer.findings.ActorLabels;
import nl.vico.analyzer.findings.Policy;
import nl.vico.analyzer.power.Gatekeeping;
import nl.vico.model.Actor;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.Neighbourhood;
import nl.vico.model.StakeholderNetwork;

/**
 * Turns one consortium's measurements into findings, each naming the actors concerned (residents by id only,
 * {@link ActorLabels}), the evidence, the policy's threshold and a suggestion. For a missing kind of party
 * (NO_RESIDENTS, NO_INFORMAL_PARTNERS) the actors named are the non-members a fix would involve: those of
 * that kind best tied to the members. The findings, critical first (in the order below within a severity):
 *
 * <ul>
 *   <li>POWER_CONCENTRATION: the largest budget share above {@link Policy#budgetShareMax()}, or the budget's HHI
 *       above {@link Policy#budgetHhiMax()}; critical when the holder is also the network's gatekeeper
 *       between residents and the municipality (above {@link Policy#gatekeepingShareMax()}).</li>
 *   <li>SINGLE_POINT_OF_FAILURE: per member, more than {@link Policy#dependenceShareMax()} of the resident-side
 *       contacts (and at least {@link Policy#dependenceCountMin()} of them) are tied to the consortium only through
 *       it, or every municipal department the consortium is tied to is tied only through it; a warning when that
 *       member also holds more of the budget than {@link Policy#budgetShareMax()} or is the network's gatekeeper
 *       (dependence and power in one party), information otherwise.</li>
 *   <li>MISSING_BROKER: no member qualifies as the independent connector
 *       ({@link ConsortiumAssessment.BrokerCheck}).</li>
 *   <li>NO_RESIDENTS (critical), NO_INFORMAL_PARTNERS: fewer resident-side or informal members than the policy's
 *       minimum.</li>
 *   <li>DIVERSITY_GAP, one per gap: a required kind missing; the members' IQV below
 *       {@link Policy#memberIqvMin()}; fewer newcomers than {@link Policy#newcomerMembersMin()}; resident-side and
 *       informal members together holding less than {@link Policy#communityBudgetShareMin()} of the budget.</li>
 *   <li>DISCONNECTED_MEMBERS: the members' own network in more than {@link Policy#memberComponentsMax()} pieces.</li>
 *   <li>UNCLEAR_MUNICIPAL_ROLE: the municipality's role not stated, or not fitting the members; UNCLEAR_MEMBER_ROLES:
 *       no lead or several, or members without a role.</li>
 *   <li>SCALE_TOO_LARGE: the neighbourhood has more than {@link Policy#scaleResidentsMax()} residents.</li>
 *   <li>WEAK_SUPPORT: less than {@link Policy#residentReachShareMin()} of the residents and resident groups reached
 *       directly; WEAK_ANCHORING: tied to fewer municipal departments than {@link Policy#anchoringDepartmentsMin()}
 *       (or than the network has, when it has fewer).</li>
 * </ul>
 * The texts are messages of the bundle ({@link nl.vico.analyzer.MessageKey}), written in English or Dutch by
 * {@link nl.vico.analyzer.FindingMessages}. O(members + findings); everything is measured beforehand.
 */
final class ConsortiumFindings {
    private static final int NAMES_IN_MESSAGE = 5;

    /**
     * Non-members that would close a gap.
     *
     * @param broker       the non-member of type broker with the most member ties, or {@code null}
     * @param brokerTies   its member ties
     * @param residentSide up to three resident-side contacts with the most member ties
     * @param informal     up to three informal contacts with the most member ties
     */
    record Suggestions(Actor broker, int brokerTies, List<Actor> residentSide, List<Actor> informal) {
    }

    private final StakeholderNetwork network;
    private final Consortium consortium;
    private final List<ConsortiumAssessment.Member> members;
    private final ConsortiumAssessment.Diversity diversity;
    private final ConsortiumAssessment.Power power;
    private final ConsortiumAssessment.Bridging bridging;
    private final ConsortiumAssessment.Support support;
    private final ConsortiumAssessment.Roles roles;
    private final ConsortiumAssessment.Scale scale;
    private final Policy policy;
    private final Suggestions suggestions;
    private final Gatekeeping gate;
    private final String name;

    ConsortiumFindings(StakeholderNetwork network, Consortium consortium, List<ConsortiumAssessment.Member> members,
                       ConsortiumAssessment.Diversity diversity, ConsortiumAssessment.Power power,
                       ConsortiumAssessment.Bridging bridging, ConsortiumAssessment.Support support,
                       ConsortiumAssessment.Roles roles, ConsortiumAssessment.Scale scale, Policy policy,
                       Suggestions suggestions, Gatekeeping gate) {
        this.network = network;
        this.consortium = consortium;
        this.members = members;
        this.diversity = diversity;
        this.power = power;
        this.bridging = bridging;
        this.support = support;
        this.roles = roles;
        this.scale = scale;
        this.policy = policy;
        this.suggestions = suggestions;
        this.gate = gate;
        this.name = consortium.name();
    }

    List<Finding> all() {
        var list = new ArrayList<Finding>();
        powerConcentration(list);
        singlePointsOfFailure(list);
        missingBroker(list);
        noResidents(list);
        noInformalPartners(list);
        diversityGaps(list);
        disconnectedMembers(list);
        municipalRole(list);
        memberRoles(list);
        scaleTooLarge(list);
        weakSupport(list);
        weakAnchoring(list);
        list.sort(Comparator.comparing(Finding::severity).reversed()); // stable: keeps the order above per severity
        return list;
    }

    private void powerConcentration(List<Finding> out) {
        if (!power.budgetGiven() || members.isEmpty()) {
            return;
        }
        boolean largestHigh = power.largestShare() > policy.budgetShareMax();
        boolean hhiHigh = power.hhi() > policy.budgetHhiMax();
        if (!largestHigh && !hhiHigh) {
            return;
        }
        var holder = member(power.largestHolder());
        String who = holder.label();
        double gateShare = holder.gatekeeping();
        boolean gatekeeper = !Double.isNaN(gateShare) && gateShare > policy.gatekeepingShareMax();
        var more = new ArrayList<Object>();
        if (gatekeeper) {
            more.add(Message.of(MessageKey.BUDGET_GATEKEEPER, who, gateShare));
        }
        boolean communityMembers = members.stream().anyMatch(m -> m.residentSide() || !m.formal());
        if (communityMembers && power.communityBudgetShare() < policy.communityBudgetShareMin()) {
            more.add(Message.of(MessageKey.BUDGET_COMMUNITY, power.communityBudgetShare()));
        }
        var rest = Listing.of(Join.SENTENCES, more);
        Message message = largestHigh
                ? Message.of(MessageKey.BUDGET_LARGEST, who, power.largestShare(), name, policy.budgetShareMax(),
                        power.hhi(), power.effectiveBudgetHolders(), rest)
                : Message.of(MessageKey.BUDGET_HHI, name, power.hhi(), power.effectiveBudgetHolders(),
                        policy.budgetHhiMax(), who, power.largestShare(), rest);
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("largest_budget_share", power.largestShare());
        evidence.put("budget_hhi", power.hhi());
        put(evidence, "effective_budget_holders", power.effectiveBudgetHolders());
        put(evidence, "holder_gatekeeping_share", gateShare);
        evidence.put("community_budget_share", power.communityBudgetShare());
        out.add(Finding.of(FindingCode.POWER_CONCENTRATION, gatekeeper ? Severity.CRITICAL : Severity.WARNING,
                message, List.of(holder.actor()), evidence,
                largestHigh ? policy.budgetShareMax() : policy.budgetHhiMax(),
                gatekeeper ? Message.of(MessageKey.BUDGET_SUGGESTION_CONNECTOR, policy.budgetShareMax(), who)
                        : Message.of(MessageKey.BUDGET_SUGGESTION, policy.budgetShareMax())));
    }

    private void singlePointsOfFailure(List<Finding> out) {
        int reached = support.reachedDirectly() - diversity.residentSideMembers();
        boolean municipalMember = members.stream().anyMatch(m -> m.type() == nl.vico.model.ActorType.MUNICIPALITY);
        for (var m : members) {
            int dep = m.residentsOnlyThrough();
            double share = reached > 0 ? dep / (double) reached : Double.NaN;
            boolean residents = dep >= policy.dependenceCountMinCount() && share > policy.dependenceShareMax();
            boolean anchoring = !municipalMember && !support.departments().isEmpty()
                    && m.departmentsOnlyThrough().size() == support.departments().size();
            if (!residents && !anchoring) {
                continue;
            }
            boolean dominant = this.power.budgetGiven() && m.actor().equals(this.power.largestHolder())
                    && this.power.largestShare() > policy.budgetShareMax();
            boolean gatekeeper = !Double.isNaN(m.gatekeeping()) && m.gatekeeping() > policy.gatekeepingShareMax();
            var power = new ArrayList<Object>();
            if (dominant || gatekeeper) {
                if (m.role() == MemberRole.LEAD) {
                    power.add(Message.of(MessageKey.SPOF_MEMBER_LEADS));
                }
                if (dominant) {
                    power.add(Message.of(MessageKey.SPOF_MEMBER_BUDGET, this.power.largestShare()));
                }
                if (gatekeeper) {
                    power.add(Message.of(MessageKey.SPOF_MEMBER_GATEKEEPER, m.gatekeeping()));
                }
            }
            var parts = new ArrayList<Object>();
            if (residents) {
                parts.add(Message.of(MessageKey.SPOF_MEMBER_RESIDENTS, dep, reached, name, share, m.label()));
            }
            if (anchoring) {
                parts.add(Message.of(parts.isEmpty() ? MessageKey.SPOF_MEMBER_ANCHORING_FIRST : MessageKey.SPOF_MEMBER_ANCHORING,
                        name, departments(m.departmentsOnlyThrough()), m.label()));
            }
            Object alsoPower = power.isEmpty() ? ""
                    : Message.of(MessageKey.SPOF_MEMBER_POWER, m.label(), Listing.of(Join.AND_ALL, power));
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("residents_only_through", (double) dep);
            evidence.put("residents_reached", (double) reached);
            put(evidence, "dependence_share", share);
            evidence.put("departments_only_through", (double) m.departmentsOnlyThrough().size());
            out.add(Finding.of(FindingCode.SINGLE_POINT_OF_FAILURE, power.isEmpty() ? Severity.INFO : Severity.WARNING,
                    Message.of(MessageKey.SPOF_MEMBER, Listing.of(Join.SEMICOLON_AND, parts), m.label(), alsoPower),
                    List.of(m.actor()), evidence, policy.dependenceShareMax(),
                    Message.of(residents ? MessageKey.SPOF_MEMBER_SUGGESTION_RESIDENTS
                            : MessageKey.SPOF_MEMBER_SUGGESTION_DEPARTMENTS, name, m.label())));
        }
    }

    private void missingBroker(List<Finding> out) {
        if (bridging.independentBroker() != null) {
            return;
        }
        var brokers = bridging.brokers();
        Message message;
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("brokers", (double) brokers.size());
        evidence.put("member_components", (double) bridging.memberComponents());
        if (brokers.isEmpty()) {
            message = Message.of(MessageKey.BROKER_NONE, name);
        } else {
            var reasons = new ArrayList<Object>();
            double maxShare = 0;
            for (var b : brokers) {
                maxShare = Math.max(maxShare, b.budgetShare());
                var why = new ArrayList<Object>();
                if (!b.independent()) {
                    why.add(Message.of(MessageKey.BROKER_NOT_INDEPENDENT, b.budgetShare(), policy.brokerBudgetShareMax()));
                }
                if (!b.connecting()) {
                    why.add(Message.of(MessageKey.BROKER_NOT_CONNECTING, b.memberTies()));
                }
                reasons.add(Message.of(MessageKey.BROKER_REASON, label(b.actor()), Listing.of(Join.COMMA_AND, why)));
            }
            evidence.put("broker_budget_share", maxShare);
            message = Message.of(MessageKey.BROKER_REASONS, Listing.of(Join.SEMICOLON, reasons), name);
        }
        Message suggestion;
        if (suggestions.broker() == null) {
            suggestion = Message.of(MessageKey.BROKER_SUGGESTION);
        } else if (suggestions.brokerTies() > 0) {
            suggestion = Message.of(MessageKey.BROKER_SUGGESTION_CANDIDATE_TIED, ActorLabels.of(suggestions.broker()),
                    suggestions.brokerTies());
        } else {
            suggestion = Message.of(MessageKey.BROKER_SUGGESTION_CANDIDATE, ActorLabels.of(suggestions.broker()));
        }
        out.add(Finding.of(FindingCode.MISSING_BROKER, Severity.WARNING, message,
                brokers.stream().map(ConsortiumAssessment.BrokerCheck::actor).toList(), evidence,
                policy.brokerBudgetShareMax(), suggestion));
    }

    private void noResidents(List<Finding> out) {
        int have = diversity.residentSideMembers();
        if (have >= policy.residentMembersMinCount()) {
            return;
        }
        Message message = have == 0
                ? Message.of(MessageKey.NO_RESIDENTS_NONE, name, members.size(), support.reachedDirectly(),
                        support.residentSideTotal())
                : Message.of(MessageKey.NO_RESIDENTS_FEW, name, have, policy.residentMembersMinCount(),
                        support.reachedDirectly(), support.residentSideTotal());
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("resident_side_members", (double) have);
        evidence.put("residents_reached_directly", (double) support.reachedDirectly());
        evidence.put("resident_side_total", (double) support.residentSideTotal());
        out.add(Finding.of(FindingCode.NO_RESIDENTS, Severity.CRITICAL, message, ids(suggestions.residentSide()),
                evidence, policy.residentMembersMin(),
                example(MessageKey.NO_RESIDENTS_SUGGESTION, MessageKey.NO_RESIDENTS_SUGGESTION_EXAMPLE,
                        suggestions.residentSide())));
    }

    private void noInformalPartners(List<Finding> out) {
        int have = diversity.informalMembers();
        if (have >= policy.informalMembersMinCount()) {
            return;
        }
        Message message = have == 0 ? Message.of(MessageKey.NO_INFORMAL_NONE, name)
                : Message.of(MessageKey.NO_INFORMAL_FEW, name, have, policy.informalMembersMinCount());
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("informal_members", (double) have);
        put(evidence, "informal_share", diversity.informalShare());
        out.add(Finding.of(FindingCode.NO_INFORMAL_PARTNERS, Severity.WARNING, message, ids(suggestions.informal()),
                evidence, policy.informalMembersMin(),
                example(MessageKey.NO_INFORMAL_SUGGESTION, MessageKey.NO_INFORMAL_SUGGESTION_EXAMPLE, suggestions.informal())));
    }

    private void diversityGaps(List<Finding> out) {
        if (!diversity.missingKinds().isEmpty()) {
            var words = new ArrayList<Object>();
            if (diversity.missingKinds().contains("resident_side")) {
                words.add(Message.of(MessageKey.KIND_RESIDENT_SIDE));
            }
            if (diversity.missingKinds().contains("informal")) {
                words.add(Message.of(MessageKey.KIND_INFORMAL));
            }
            var kinds = Listing.of(Join.AND_ALL, words);
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("resident_side_members", (double) diversity.residentSideMembers());
            evidence.put("informal_members", (double) diversity.informalMembers());
            out.add(Finding.of(FindingCode.DIVERSITY_GAP, Severity.WARNING, Message.of(MessageKey.GAP_KINDS, name, kinds),
                    List.of(), evidence, diversity.missingKinds().contains("resident_side")
                    ? policy.residentMembersMin() : policy.informalMembersMin(),
                    Message.of(MessageKey.GAP_KINDS_SUGGESTION, kinds)));
        }
        double iqv = diversity.types().blauNormalised();
        if (!members.isEmpty() && iqv < policy.memberIqvMin()) {
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("blau_index_normalised", iqv);
            evidence.put("types_present", (double) diversity.types().typesPresent());
            out.add(Finding.of(FindingCode.DIVERSITY_GAP, Severity.WARNING,
                    Message.of(MessageKey.GAP_IQV, members.size(), name, diversity.types().typesPresent(), iqv),
                    List.of(), evidence, policy.memberIqvMin(), Message.of(MessageKey.GAP_IQV_SUGGESTION)));
        }
        if (diversity.newcomerMembers() < policy.newcomerMembersMinCount()) {
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("newcomer_members", (double) diversity.newcomerMembers());
            put(evidence, "newcomer_share", diversity.newcomerShare());
            out.add(Finding.of(FindingCode.DIVERSITY_GAP, Severity.WARNING,
                    diversity.newcomerMembers() == 0 ? Message.of(MessageKey.GAP_NEWCOMERS_NONE, name)
                            : Message.of(MessageKey.GAP_NEWCOMERS_FEW, diversity.newcomerMembers(), name),
                    List.of(), evidence, policy.newcomerMembersMin(), Message.of(MessageKey.GAP_NEWCOMERS_SUGGESTION)));
        }
        var community = members.stream().filter(m -> m.residentSide() || !m.formal()).toList();
        if (power.budgetGiven() && !community.isEmpty() && power.communityBudgetShare() < policy.communityBudgetShareMin()) {
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("community_budget_share", power.communityBudgetShare());
            evidence.put("informal_budget_share", power.informalBudgetShare());
            evidence.put("resident_budget_share", power.residentBudgetShare());
            var ids = community.stream().map(ConsortiumAssessment.Member::actor).toList();
            out.add(Finding.of(FindingCode.DIVERSITY_GAP, Severity.WARNING,
                    Message.of(MessageKey.GAP_BUDGET, name, labels(ids), power.communityBudgetShare()),
                    ids, evidence, policy.communityBudgetShareMin(),
                    Message.of(MessageKey.GAP_BUDGET_SUGGESTION, policy.communityBudgetShareMin())));
        }
    }

    private void disconnectedMembers(List<Finding> out) {
        if (bridging.memberComponents() <= policy.memberComponentsMaxCount()) {
            return;
        }
        var isolated = bridging.isolatedMembers();
        var detached = bridging.detachedMembers();
        Message which = isolated.isEmpty()
                ? Message.of(MessageKey.DISCONNECTED_DETACHED, labels(detached), detached.size())
                : Message.of(MessageKey.DISCONNECTED_ISOLATED, labels(isolated), isolated.size());
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("member_components", (double) bridging.memberComponents());
        evidence.put("isolated_members", (double) isolated.size());
        evidence.put("detached_members", (double) detached.size());
        out.add(Finding.of(FindingCode.DISCONNECTED_MEMBERS, Severity.WARNING,
                Message.of(MessageKey.DISCONNECTED, name, bridging.memberComponents(), which),
                detached, evidence, policy.memberComponentsMax(),
                Message.of(MessageKey.DISCONNECTED_SUGGESTION, labels(detached), detached.size())));
    }

    private void municipalRole(List<Finding> out) {
        if (roles.municipalityRole() != null && roles.municipalRoleProblem() == null) {
            return;
        }
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("municipality_role_defined", roles.municipalityRole() == null ? 0.0 : 1.0);
        evidence.put("departments_tied", (double) support.departments().size());
        Message message;
        Message suggestion;
        if (roles.municipalityRole() == null) {
            message = Message.of(MessageKey.ROLE_UNSTATED, name);
            suggestion = support.departments().isEmpty() ? Message.of(MessageKey.ROLE_UNSTATED_SUGGESTION)
                    : Message.of(MessageKey.ROLE_UNSTATED_SUGGESTION_DEPARTMENTS, departments(support.departments()));
        } else {
            message = Message.of(MessageKey.ROLE_MISFIT, name, Message.roleName(roles.municipalityRole()),
                    roles.municipalRoleProblemText());
            suggestion = Message.of(MessageKey.ROLE_MISFIT_SUGGESTION);
        }
        out.add(Finding.of(FindingCode.UNCLEAR_MUNICIPAL_ROLE, Severity.WARNING, message, support.departments(),
                evidence, null, suggestion));
    }

    private void memberRoles(List<Finding> out) {
        var leads = roles.leads();
        var without = roles.withoutRole();
        if (members.isEmpty() || (leads.size() == 1 && without.isEmpty())) {
            return;
        }
        var parts = new ArrayList<Object>();
        if (leads.isEmpty()) {
            parts.add(Message.of(MessageKey.MEMBER_ROLES_NO_LEAD));
        } else if (leads.size() > 1) {
            parts.add(Message.of(MessageKey.MEMBER_ROLES_SEVERAL_LEADS, labels(leads)));
        }
        if (!without.isEmpty()) {
            parts.add(Message.of(MessageKey.MEMBER_ROLES_WITHOUT, labels(without), without.size()));
        }
        var actors = new ArrayList<String>(leads.size() > 1 ? leads : List.of());
        actors.addAll(without);
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("leads", (double) leads.size());
        evidence.put("members_without_role", (double) without.size());
        out.add(Finding.of(FindingCode.UNCLEAR_MEMBER_ROLES, leads.size() == 1 ? Severity.INFO : Severity.WARNING,
                Message.of(MessageKey.MEMBER_ROLES, name, Listing.of(Join.COMMA_AND, parts)),
                actors, evidence, null, Message.of(MessageKey.MEMBER_ROLES_SUGGESTION)));
    }

    private void scaleTooLarge(List<Finding> out) {
        if (!Boolean.TRUE.equals(scale.tooLarge())) {
            return;
        }
        String hood = network.neighbourhood(scale.neighbourhood()).map(Neighbourhood::name).orElse(scale.neighbourhood());
        Neighbourhood smaller = null;
        for (Neighbourhood h : network.neighbourhoods()) {
            if (h.residents() != null && h.residents() <= scale.limit()
                    && (smaller == null || h.residents() > smaller.residents())) {
                smaller = h;
            }
        }
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("residents", (double) scale.residents());
        out.add(Finding.of(FindingCode.SCALE_TOO_LARGE, Severity.WARNING,
                Message.of(MessageKey.SCALE, name, hood, scale.residents(), scale.limit()),
                List.of(), evidence, policy.scaleResidentsMax(),
                smaller == null ? Message.of(MessageKey.SCALE_SUGGESTION, scale.limit())
                        : Message.of(MessageKey.SCALE_SUGGESTION_EXAMPLE, scale.limit(), smaller.name(), smaller.residents())));
    }

    private void weakSupport(List<Finding> out) {
        double share = support.reachShare();
        if (Double.isNaN(share) || share >= policy.residentReachShareMin()) {
            return;
        }
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("resident_reach_share", share);
        evidence.put("residents_reached_directly", (double) support.reachedDirectly());
        evidence.put("residents_trust_or_inform", (double) support.trustOrInform());
        evidence.put("residents_reached_within_two", (double) support.reachedWithinTwo());
        out.add(Finding.of(FindingCode.WEAK_SUPPORT, Severity.WARNING,
                Message.of(MessageKey.WEAK_SUPPORT, name, support.reachedDirectly(), support.residentSideTotal(), share,
                        support.trustOrInform()),
                ids(suggestions.residentSide()), evidence, policy.residentReachShareMin(),
                example(MessageKey.WEAK_SUPPORT_SUGGESTION, MessageKey.WEAK_SUPPORT_SUGGESTION_EXAMPLE,
                        suggestions.residentSide())));
    }

    private void weakAnchoring(List<Finding> out) {
        int needed = Math.min(policy.anchoringDepartmentsMinCount(), support.departmentsTotal());
        int have = support.departments().size();
        if (support.departmentsTotal() == 0 || have >= needed) {
            return;
        }
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("departments", (double) have);
        evidence.put("departments_total", (double) support.departmentsTotal());
        out.add(Finding.of(FindingCode.WEAK_ANCHORING, Severity.WARNING,
                have == 0 ? Message.of(MessageKey.WEAK_ANCHORING_NONE, name, support.departmentsTotal())
                        : Message.of(MessageKey.WEAK_ANCHORING, name, have, support.departmentsTotal(),
                                departments(support.departments())),
                support.departments(), evidence, policy.anchoringDepartmentsMin(),
                Message.of(MessageKey.WEAK_ANCHORING_SUGGESTION, needed)));
    }

    private ConsortiumAssessment.Member member(String id) {
        return members.stream().filter(m -> m.actor().equals(id)).findFirst().orElseThrow();
    }

    private String label(String id) {
        return network.actor(id).map(ActorLabels::of).orElse(id);
    }

    private Object labels(List<String> ids) {
        return ActorLabels.listing(ids.stream().map(id -> network.actor(id).orElseThrow()).toList(), NAMES_IN_MESSAGE);
    }

    private Object departments(List<String> ids) {
        return labels(ids);
    }

    private static List<String> ids(List<Actor> actors) {
        return actors.stream().map(Actor::id).toList();
    }

    /** The suggestion without an example, or with the given actors as examples when there are any. */
    private static Message example(MessageKey plain, MessageKey withExample, List<Actor> actors) {
        return actors.isEmpty() ? Message.of(plain) : Message.of(withExample, ActorLabels.listing(actors, NAMES_IN_MESSAGE));
    }

    private static void put(Map<String, Double> evidence, String key, double value) {
        if (!Double.isNaN(value) && !Double.isInfinite(value)) {
            evidence.put(key, value);
        }
    }
}
