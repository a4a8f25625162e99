package nl.vico.analyzer.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
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
 * O(members + findings); everything is measured beforehand.
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
        var message = new StringBuilder();
        if (largestHigh) {
            message.append(who).append(" holds ").append(percent(power.largestShare())).append(" of the budget of ")
                    .append(name).append(", more than the ").append(percent(policy.budgetShareMax()))
                    .append(" the policy allows one member (budget HHI ").append(decimal(power.hhi()))
                    .append(": as concentrated as ").append(one(power.effectiveBudgetHolders()))
                    .append(" equal budget holders).");
        } else {
            message.append("The budget of ").append(name).append(" is concentrated: budget HHI ")
                    .append(decimal(power.hhi())).append(", as if only ").append(one(power.effectiveBudgetHolders()))
                    .append(" members held it in equal parts (the policy's limit is ").append(decimal(policy.budgetHhiMax()))
                    .append("); ").append(who).append(" holds the most, ").append(percent(power.largestShare())).append('.');
        }
        if (gatekeeper) {
            message.append(' ').append(who).append(" is also the network's gatekeeper: it lies on ")
                    .append(percent(gateShare)).append(" of the shortest paths between residents and the municipality.");
        }
        boolean communityMembers = members.stream().anyMatch(m -> m.residentSide() || !m.formal());
        if (communityMembers && power.communityBudgetShare() < policy.communityBudgetShareMin()) {
            message.append(" Residents, resident groups and informal members hold ")
                    .append(percent(power.communityBudgetShare())).append(" of it.");
        }
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("largest_budget_share", power.largestShare());
        evidence.put("budget_hhi", power.hhi());
        put(evidence, "effective_budget_holders", power.effectiveBudgetHolders());
        put(evidence, "holder_gatekeeping_share", gateShare);
        evidence.put("community_budget_share", power.communityBudgetShare());
        out.add(new Finding(FindingCode.POWER_CONCENTRATION, gatekeeper ? Severity.CRITICAL : Severity.WARNING,
                message.toString(), List.of(holder.actor()), evidence,
                largestHigh ? policy.budgetShareMax() : policy.budgetHhiMax(),
                "Share the say over the budget: no member above " + percent(policy.budgetShareMax())
                        + ", and a real share for residents, resident groups and informal members, decided on together"
                        + (gatekeeper ? ", with an independent connector between " + who + " and the residents" : "")
                        + "."));
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
            var power = new ArrayList<String>();
            if (dominant || gatekeeper) {
                if (m.role() == MemberRole.LEAD) {
                    power.add("leads it");
                }
                if (dominant) {
                    power.add("holds " + percent(this.power.largestShare()) + " of the budget");
                }
                if (gatekeeper) {
                    power.add("is the network's gatekeeper between residents and the municipality ("
                            + percent(m.gatekeeping()) + " of their shortest paths)");
                }
            }
            var parts = new ArrayList<String>();
            if (residents) {
                parts.add(dep + " of the " + reached + " residents and resident groups that " + name
                        + " reaches directly (" + percent(share) + ") are tied to it only through " + m.label());
            }
            if (anchoring) {
                parts.add("all of " + name + "'s ties to the municipality (" + departments(m.departmentsOnlyThrough())
                        + ") run through " + m.label());
            }
            String message = capitalise(String.join("; and ", parts)) + ": without " + m.label()
                    + ", the coalition loses touch with them."
                    + (power.isEmpty() ? "" : " " + m.label() + " also " + String.join(" and ", power)
                    + ": dependence and power meet in one party.");
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("residents_only_through", (double) dep);
            evidence.put("residents_reached", (double) reached);
            put(evidence, "dependence_share", share);
            evidence.put("departments_only_through", (double) m.departmentsOnlyThrough().size());
            out.add(new Finding(FindingCode.SINGLE_POINT_OF_FAILURE, power.isEmpty() ? Severity.INFO : Severity.WARNING,
                    message, List.of(m.actor()), evidence, policy.dependenceShareMax(),
                    "Tie the " + (residents ? "residents and groups" : "departments") + " that now reach " + name
                            + " only through " + m.label() + " to a second member as well — through the connector, a "
                            + "joint activity or a group that knows them — so that the coalition does not lean on one party."));
        }
    }

    private void missingBroker(List<Finding> out) {
        if (bridging.independentBroker() != null) {
            return;
        }
        var brokers = bridging.brokers();
        String message;
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("brokers", (double) brokers.size());
        evidence.put("member_components", (double) bridging.memberComponents());
        if (brokers.isEmpty()) {
            message = "No member of " + name + " is an independent connector (verbinder) without a stake in the budget "
                    + "who ties the members and the neighbourhood's groups together: without one, power structures and "
                    + "hierarchy tend to return.";
        } else {
            var reasons = new ArrayList<String>();
            double maxShare = 0;
            for (var b : brokers) {
                maxShare = Math.max(maxShare, b.budgetShare());
                var why = new ArrayList<String>();
                if (!b.independent()) {
                    why.add("holds " + percent(b.budgetShare()) + " of the budget (a connector may hold at most "
                            + percent(policy.brokerBudgetShareMax()) + ")");
                }
                if (!b.connecting()) {
                    why.add("connects nobody: it is tied to " + b.memberTies() + " other member"
                            + (b.memberTies() == 1 ? "" : "s") + (b.memberTies() > 1 ? ", all tied to each other," : "")
                            + " and spans no gap between communities");
                }
                reasons.add(label(b.actor()) + " has the broker role but " + String.join(", and ", why));
            }
            evidence.put("broker_budget_share", maxShare);
            message = String.join("; ", reasons) + ": " + name + " has no independent connector.";
        }
        String suggestion = suggestions.broker() == null
                ? "Invite an independent connector (verbinder) without a stake in the budget, who knows the members and "
                + "the neighbourhood's groups."
                : "Invite an independent connector without a stake in the budget, e.g. " + ActorLabels.of(suggestions.broker())
                + (suggestions.brokerTies() > 0 ? ", already tied to " + suggestions.brokerTies() + " of the members" : "")
                + ".";
        out.add(new Finding(FindingCode.MISSING_BROKER, Severity.WARNING, message,
                brokers.stream().map(ConsortiumAssessment.BrokerCheck::actor).toList(), evidence,
                policy.brokerBudgetShareMax(), suggestion));
    }

    private void noResidents(List<Finding> out) {
        int have = diversity.residentSideMembers();
        if (have >= policy.residentMembersMinCount()) {
            return;
        }
        String message = (have == 0 ? name + " has no residents or resident groups among its " + members.size() + " members"
                : name + " has only " + have + " resident or resident group among its members, fewer than the policy's "
                + policy.residentMembersMinCount())
                + ": residents are the object of the plan, not partners in it. Its members reach "
                + support.reachedDirectly() + " of the " + support.residentSideTotal()
                + " residents and resident groups directly.";
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("resident_side_members", (double) have);
        evidence.put("residents_reached_directly", (double) support.reachedDirectly());
        evidence.put("resident_side_total", (double) support.residentSideTotal());
        out.add(new Finding(FindingCode.NO_RESIDENTS, Severity.CRITICAL, message, ids(suggestions.residentSide()),
                evidence, policy.residentMembersMin(),
                "Take residents in as members with a say" + example(suggestions.residentSide(), "already tied to the members")
                        + "."));
    }

    private void noInformalPartners(List<Finding> out) {
        int have = diversity.informalMembers();
        if (have >= policy.informalMembersMinCount()) {
            return;
        }
        String message = (have == 0 ? "Every member of " + name + " is a formal organisation"
                : name + " has only " + have + " informal member, fewer than the policy's " + policy.informalMembersMinCount())
                + ": informal initiatives and groups of residents get no place at the table, and no level playing field.";
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("informal_members", (double) have);
        put(evidence, "informal_share", diversity.informalShare());
        out.add(new Finding(FindingCode.NO_INFORMAL_PARTNERS, Severity.WARNING, message, ids(suggestions.informal()),
                evidence, policy.informalMembersMin(),
                "Take informal parties in as members" + example(suggestions.informal(), "already tied to the members")
                        + ", and make the proposal's rules workable for a party without a formal organisation."));
    }

    private void diversityGaps(List<Finding> out) {
        if (!diversity.missingKinds().isEmpty()) {
            var words = new ArrayList<String>();
            if (diversity.missingKinds().contains("resident_side")) {
                words.add("residents or resident groups");
            }
            if (diversity.missingKinds().contains("informal")) {
                words.add("informal parties");
            }
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("resident_side_members", (double) diversity.residentSideMembers());
            evidence.put("informal_members", (double) diversity.informalMembers());
            out.add(new Finding(FindingCode.DIVERSITY_GAP, Severity.WARNING,
                    name + " lacks kinds of party a social tender asks for: " + String.join(" and ", words) + ".",
                    List.of(), evidence, diversity.missingKinds().contains("resident_side")
                    ? policy.residentMembersMin() : policy.informalMembersMin(),
                    "Widen the coalition with " + String.join(" and ", words) + " as full members."));
        }
        double iqv = diversity.types().blauNormalised();
        if (!members.isEmpty() && iqv < policy.memberIqvMin()) {
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("blau_index_normalised", iqv);
            evidence.put("types_present", (double) diversity.types().typesPresent());
            out.add(new Finding(FindingCode.DIVERSITY_GAP, Severity.WARNING,
                    "The " + members.size() + " members of " + name + " are of only " + diversity.types().typesPresent()
                            + " kind" + (diversity.types().typesPresent() == 1 ? "" : "s")
                            + " of party (normalised Blau index " + decimal(iqv) + "): the coalition is not broad.",
                    List.of(), evidence, policy.memberIqvMin(),
                    "Widen the coalition with kinds of party it lacks: residents, social entrepreneurs, schools, "
                            + "businesses or welfare organisations from the neighbourhood."));
        }
        if (diversity.newcomerMembers() < policy.newcomerMembersMinCount()) {
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("newcomer_members", (double) diversity.newcomerMembers());
            put(evidence, "newcomer_share", diversity.newcomerShare());
            out.add(new Finding(FindingCode.DIVERSITY_GAP, Severity.WARNING,
                    (diversity.newcomerMembers() == 0 ? "None of the members of " + name + " is"
                            : "Only " + diversity.newcomerMembers() + " member of " + name + " is")
                            + " new to the neighbourhood's field: a coalition of the established parties keeps the old "
                            + "order in place.",
                    List.of(), evidence, policy.newcomerMembersMin(),
                    "Give new players a level playing field: take in a new social entrepreneur or a new residents' "
                            + "initiative as a member."));
        }
        var community = members.stream().filter(m -> m.residentSide() || !m.formal()).toList();
        if (power.budgetGiven() && !community.isEmpty() && power.communityBudgetShare() < policy.communityBudgetShareMin()) {
            var evidence = new LinkedHashMap<String, Double>();
            evidence.put("community_budget_share", power.communityBudgetShare());
            evidence.put("informal_budget_share", power.informalBudgetShare());
            evidence.put("resident_budget_share", power.residentBudgetShare());
            out.add(new Finding(FindingCode.DIVERSITY_GAP, Severity.WARNING,
                    "The residents, resident groups and informal members of " + name + " ("
                            + labels(community.stream().map(ConsortiumAssessment.Member::actor).toList())
                            + ") hold " + percent(power.communityBudgetShare())
                            + " of its budget: present, but without say over the money.",
                    community.stream().map(ConsortiumAssessment.Member::actor).toList(), evidence,
                    policy.communityBudgetShareMin(),
                    "Give them a budget share of their own, at least " + percent(policy.communityBudgetShareMin())
                            + " together, to spend on what they decide."));
        }
    }

    private void disconnectedMembers(List<Finding> out) {
        if (bridging.memberComponents() <= policy.memberComponentsMaxCount()) {
            return;
        }
        var isolated = bridging.isolatedMembers();
        var detached = bridging.detachedMembers();
        String message = "The members of " + name + " fall apart into " + bridging.memberComponents() + " pieces: "
                + (isolated.isEmpty() ? labels(detached) + (detached.size() == 1 ? " is" : " are")
                + " not tied to the largest group of members"
                : labels(isolated) + (isolated.size() == 1 ? " has" : " have") + " no tie to any other member")
                + ".";
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("member_components", (double) bridging.memberComponents());
        evidence.put("isolated_members", (double) isolated.size());
        evidence.put("detached_members", (double) detached.size());
        out.add(new Finding(FindingCode.DISCONNECTED_MEMBERS, Severity.WARNING, message,
                detached, evidence, policy.memberComponentsMax(),
                "Tie " + labels(detached) + " to the other members — a joint activity, or a connector who knows both "
                        + "sides — or ask whether " + (detached.size() == 1 ? "it belongs" : "they belong")
                        + " in this coalition."));
    }

    private void municipalRole(List<Finding> out) {
        if (roles.municipalityRole() != null && roles.municipalRoleProblem() == null) {
            return;
        }
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("municipality_role_defined", roles.municipalityRole() == null ? 0.0 : 1.0);
        evidence.put("departments_tied", (double) support.departments().size());
        String message;
        String suggestion;
        if (roles.municipalityRole() == null) {
            message = name + " does not say what the municipality's role is: client (opdrachtgever), facilitator, equal "
                    + "partner or none. Who commissions, who pays and who is accountable then stays open.";
            suggestion = "State the municipality's role in the proposal"
                    + (support.departments().isEmpty() ? "" : " and agree it with the departments involved ("
                    + departments(support.departments()) + ")") + ".";
        } else {
            message = "The municipality's role in " + name + " (" + roles.municipalityRole().key() + ") does not fit its "
                    + "members: " + roles.municipalRoleProblem() + ".";
            suggestion = "Make the role and the membership agree: either the municipality takes part as an equal partner, "
                    + "or its departments leave the membership and it acts as client or facilitator from outside.";
        }
        out.add(new Finding(FindingCode.UNCLEAR_MUNICIPAL_ROLE, Severity.WARNING, message, support.departments(),
                evidence, null, suggestion));
    }

    private void memberRoles(List<Finding> out) {
        var leads = roles.leads();
        var without = roles.withoutRole();
        if (members.isEmpty() || (leads.size() == 1 && without.isEmpty())) {
            return;
        }
        var parts = new ArrayList<String>();
        if (leads.isEmpty()) {
            parts.add("no member is the lead (penvoerder)");
        } else if (leads.size() > 1) {
            parts.add(labels(leads) + " are all lead");
        }
        if (!without.isEmpty()) {
            parts.add(labels(without) + (without.size() == 1 ? " has" : " have") + " no role");
        }
        var actors = new ArrayList<String>(leads.size() > 1 ? leads : List.of());
        actors.addAll(without);
        var evidence = new LinkedHashMap<String, Double>();
        evidence.put("leads", (double) leads.size());
        evidence.put("members_without_role", (double) without.size());
        out.add(new Finding(FindingCode.UNCLEAR_MEMBER_ROLES, leads.size() == 1 ? Severity.INFO : Severity.WARNING,
                "In " + name + ", " + String.join(", and ", parts) + ": who does what, and who answers for it, is unclear.",
                actors, evidence, null,
                "Name one lead (penvoerder) and give every member a role: partner, executor, funder or broker."));
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
        out.add(new Finding(FindingCode.SCALE_TOO_LARGE, Severity.WARNING,
                name + " plans for " + hood + " with " + thousands(scale.residents()) + " residents, above the neighbourhood "
                        + "scale of " + thousands(scale.limit()) + " at which parties and residents can still know each other.",
                List.of(), evidence, policy.scaleResidentsMax(),
                "Narrow the proposal to one neighbourhood of at most " + thousands(scale.limit()) + " residents"
                        + (smaller == null ? "" : " (e.g. " + smaller.name() + ", " + thousands(smaller.residents()) + ")")
                        + ", or split it into coalitions per neighbourhood."));
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
        out.add(new Finding(FindingCode.WEAK_SUPPORT, Severity.WARNING,
                name + " reaches only " + support.reachedDirectly() + " of the " + support.residentSideTotal()
                        + " residents and resident groups directly (" + percent(share) + "), and " + support.trustOrInform()
                        + " of them trust or inform a member: the plan rests on too few of the people it is for.",
                ids(suggestions.residentSide()), evidence, policy.residentReachShareMin(),
                "Involve the residents and resident groups that know the members" + example(suggestions.residentSide(), null)
                        + ", and inform residents before the plan is final."));
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
        out.add(new Finding(FindingCode.WEAK_ANCHORING, Severity.WARNING,
                name + " is tied to " + (have == 0 ? "no" : String.valueOf(have)) + " of the " + support.departmentsTotal()
                        + " municipal departments" + (have == 0 ? "" : " (" + departments(support.departments()) + ")")
                        + ": a coalition anchored in one policy department tends not to outlast that department's budget.",
                support.departments(), evidence, policy.anchoringDepartmentsMin(),
                "Build ties with at least " + needed + " departments whose policy the task touches."));
    }

    private ConsortiumAssessment.Member member(String id) {
        return members.stream().filter(m -> m.actor().equals(id)).findFirst().orElseThrow();
    }

    private String label(String id) {
        return network.actor(id).map(ActorLabels::of).orElse(id);
    }

    private String labels(List<String> ids) {
        return ActorLabels.list(ids.stream().map(id -> network.actor(id).orElseThrow()).toList(), NAMES_IN_MESSAGE);
    }

    private String departments(List<String> ids) {
        return labels(ids);
    }

    private static List<String> ids(List<Actor> actors) {
        return actors.stream().map(Actor::id).toList();
    }

    private static String example(List<Actor> actors, String note) {
        if (actors.isEmpty()) {
            return "";
        }
        return ", e.g. " + ActorLabels.list(actors, NAMES_IN_MESSAGE) + (note == null ? "" : ", " + note);
    }

    private static void put(Map<String, Double> evidence, String key, double value) {
        if (!Double.isNaN(value) && !Double.isInfinite(value)) {
            evidence.put(key, value);
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String thousands(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
