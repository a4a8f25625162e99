package nl.vico.analyzer.assessment;

import static nl.vico.analyzer.assessment.ConsortiumScores.nullIfNaN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingMessages;
import nl.vico.analyzer.Message;
import nl.vico.analyzer.brokerage.RoleCounts;
import nl.vico.analyzer.diversity.TypeDiversity;
import nl.vico.analyzer.power.KrackhardtMeasures;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.MunicipalRole;

/**
 * The assessment of one proposed consortium, its members seen inside the whole network
 * ({@link ConsortiumAssessmentAnalysis}): diversity, power, bridging, support and anchoring, roles and
 * scale, the scores per criterion and the findings. Undefined numbers are NaN here and null in
 * {@link #asMap()}. Residents (private persons) appear by id only: every {@code label} is
 * {@link nl.vico.analyzer.findings.ActorLabels#of}.
 *
 * @param consortium the proposal (its members may differ from the dataset's in a what-if)
 * @param members    the members assessed, in the order given
 * @param diversity  the mix of members
 * @param power      say over the budget and dependence
 * @param bridging   the connector, the members' own network, the consortium's position
 * @param support    reach among residents and anchoring in the municipality
 * @param roles      the municipality's and the members' roles
 * @param scale      the neighbourhood's size
 * @param scores     per criterion, 0–100, and overall
 * @param findings   what a strategist should know, most important kind first
 */
public record ConsortiumAssessment(Consortium consortium, List<Member> members, Diversity diversity, Power power,
                                   Bridging bridging, Support support, Roles roles, Scale scale,
                                   ConsortiumScores scores, List<Finding> findings) {
    public ConsortiumAssessment {
        Objects.requireNonNull(consortium, "consortium");
        members = List.copyOf(members);
        Objects.requireNonNull(diversity, "diversity");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(bridging, "bridging");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(scores, "scores");
        findings = List.copyOf(findings);
    }

    /** The consortium's id. */
    public String id() {
        return consortium.id();
    }

    /** The member with this actor id, if it is one. */
    public Optional<Member> member(String actorId) {
        return members.stream().filter(m -> m.actor().equals(actorId)).findFirst();
    }

    /** Actor ids of the members, in order. */
    public List<String> memberIds() {
        return members.stream().map(Member::actor).toList();
    }

    /**
     * One member.
     *
     * @param actor                 actor id
     * @param label                 the name a report shows: the organisation's name, a resident's id
     * @param type                  actor type
     * @param role                  role in the consortium, or {@code null} when none is given
     * @param budgetShare           share of the consortium's budget (given shares normalised to sum 1), or
     *                              {@code null} when none is given
     * @param formal                a formal organisation
     * @param newcomer              a new player in the neighbourhood's field
     * @param memberTies            other members it has a tie with
     * @param residentsOnlyThrough  residents and resident groups (not members) tied to the consortium through this
     *                              member only
     * @param departmentsOnlyThrough municipal departments (not members) tied to the consortium through this member
     *                              only, by id
     * @param gatekeeping           its share of the network's resident–municipality shortest paths (NaN when
     *                              undefined)
     * @param brokerageByMembership Gould–Fernandez roles with groups member / non-member, or {@code null} in a
     *                              quick assessment
     * @param brokerageByType       Gould–Fernandez roles with groups = actor type
     */
    public record Member(String actor, String label, ActorType type, MemberRole role, Double budgetShare,
                         boolean formal, boolean newcomer, int memberTies, int residentsOnlyThrough,
                         List<String> departmentsOnlyThrough, double gatekeeping, RoleCounts brokerageByMembership,
                         RoleCounts brokerageByType) {
        public Member {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(type, () -> "member " + actor + " needs a type");
            departmentsOnlyThrough = List.copyOf(departmentsOnlyThrough);
        }

        /** The budget share, 0 when none is given. */
        public double share() {
            return budgetShare == null ? 0.0 : budgetShare;
        }

        /** A resident or resident group. */
        public boolean residentSide() {
            return type.isResidentSide();
        }

        Map<String, Object> asMap() {
            var m = new LinkedHashMap<String, Object>();
            m.put("actor", actor);
            m.put("name", label);
            m.put("type", type.key());
            m.put("role", role == null ? null : role.key());
            m.put("budget_share", budgetShare);
            m.put("formal", formal);
            m.put("newcomer", newcomer);
            m.put("member_ties", memberTies);
            m.put("residents_only_through", residentsOnlyThrough);
            m.put("departments_only_through", departmentsOnlyThrough);
            m.put("gatekeeping", nullIfNaN(gatekeeping));
            m.put("brokerage_by_membership", brokerageByMembership == null ? null : brokerageByMembership.asMap());
            m.put("brokerage_by_type", brokerageByType == null ? null : brokerageByType.asMap());
            return m;
        }
    }

    /**
     * The mix of members.
     *
     * @param types                 counts per actor type with Blau's index, IQV and Shannon evenness
     * @param residentSideMembers   residents and resident groups
     * @param informalMembers       members with formal = false
     * @param newcomerMembers       newcomers
     * @param missingKinds          kinds the policy requires that are missing: {@code resident_side},
     *                              {@code informal}
     * @param communitiesReached    communities of the network with a member or a direct contact of a member
     * @param communitiesWithMember communities with a member
     * @param communitiesTotal      communities of the network
     */
    public record Diversity(TypeDiversity types, int residentSideMembers, int informalMembers, int newcomerMembers,
                            List<String> missingKinds, int communitiesReached, int communitiesWithMember,
                            int communitiesTotal) {
        public Diversity {
            Objects.requireNonNull(types, "types");
            missingKinds = List.copyOf(missingKinds);
        }

        /** Share of informal members; NaN without members. */
        public double informalShare() {
            return types.total() == 0 ? Double.NaN : informalMembers / (double) types.total();
        }

        /** Share of newcomers; NaN without members. */
        public double newcomerShare() {
            return types.total() == 0 ? Double.NaN : newcomerMembers / (double) types.total();
        }

        Map<String, Object> asMap() {
            var m = new LinkedHashMap<String, Object>();
            var counts = new LinkedHashMap<String, Object>();
            var shares = new LinkedHashMap<String, Object>();
            for (ActorType t : ActorType.values()) {
                if (types.count(t) > 0) {
                    counts.put(t.key(), types.count(t));
                    shares.put(t.key(), types.share(t));
                }
            }
            m.put("type_counts", counts);
            m.put("type_shares", shares);
            m.put("types_present", types.typesPresent());
            m.put("blau_index", nullIfNaN(types.blau()));
            m.put("blau_index_normalised", nullIfNaN(types.blauNormalised()));
            m.put("resident_side_members", residentSideMembers);
            m.put("informal_members", informalMembers);
            m.put("informal_share", nullIfNaN(informalShare()));
            m.put("newcomer_members", newcomerMembers);
            m.put("newcomer_share", nullIfNaN(newcomerShare()));
            m.put("missing_kinds", missingKinds);
            m.put("communities_reached", communitiesReached);
            m.put("communities_with_member", communitiesWithMember);
            m.put("communities_total", communitiesTotal);
            return m;
        }
    }

    /**
     * Say over the budget, and who the others depend on.
     *
     * @param budgetGiven               whether any member's budget share is given
     * @param hhi                       Herfindahl–Hirschman index Σ s² of the normalised shares (NaN when none given)
     * @param hhiNormalised             (HHI − 1/k)/(1 − 1/k) over the k members (NaN for k &lt; 2 or none given)
     * @param largestShare              the largest share (NaN when none given)
     * @param largestHolder             its holder's actor id (the first in member order on a tie), or {@code null}
     * @param leadShare                 the shares of the members with role lead together (NaN without a lead or shares)
     * @param informalBudgetShare       held by informal members
     * @param residentBudgetShare       held by residents and resident groups
     * @param communityBudgetShare      held by residents, resident groups and informal members together
     * @param degreeCentralization      Freeman degree centralization of the members' own network (NaN for k &lt; 3)
     * @param betweennessCentralization Freeman betweenness centralization of the members' own network (NaN for k &lt; 3)
     * @param krackhardt                Krackhardt's hierarchy measures of the members' funds and contracts ties, or
     *                                  {@code null} in a quick assessment
     * @param mostDependedOn            the member with the most residents and resident groups tied to the
     *                                  consortium only through it, or {@code null} when there is none
     * @param dependentResidents        how many
     * @param dependenceShare           that number / the residents and resident groups (not members) the consortium
     *                                  reaches directly (NaN when it reaches none)
     */
    public record Power(boolean budgetGiven, double hhi, double hhiNormalised, double largestShare,
                        String largestHolder, double leadShare, double informalBudgetShare,
                        double residentBudgetShare, double communityBudgetShare, double degreeCentralization,
                        double betweennessCentralization, KrackhardtMeasures krackhardt, String mostDependedOn,
                        int dependentResidents, double dependenceShare) {

        /** 1/HHI: the number of equal holders that would give the same concentration; NaN when undefined. */
        public double effectiveBudgetHolders() {
            return hhi > 0 ? 1 / hhi : Double.NaN;
        }

        Map<String, Object> asMap() {
            var m = new LinkedHashMap<String, Object>();
            m.put("budget_given", budgetGiven);
            m.put("budget_hhi", nullIfNaN(hhi));
            m.put("budget_hhi_normalised", nullIfNaN(hhiNormalised));
            m.put("effective_budget_holders", nullIfNaN(effectiveBudgetHolders()));
            m.put("largest_budget_share", nullIfNaN(largestShare));
            m.put("largest_budget_holder", largestHolder);
            m.put("lead_budget_share", nullIfNaN(leadShare));
            m.put("informal_budget_share", nullIfNaN(informalBudgetShare));
            m.put("resident_budget_share", nullIfNaN(residentBudgetShare));
            m.put("community_budget_share", nullIfNaN(communityBudgetShare));
            m.put("member_degree_centralization", nullIfNaN(degreeCentralization));
            m.put("member_betweenness_centralization", nullIfNaN(betweennessCentralization));
            if (krackhardt != null) {
                m.putAll(krackhardt.asMap());
            }
            m.put("most_depended_on", mostDependedOn);
            m.put("dependent_residents", dependentResidents);
            m.put("dependence_share", nullIfNaN(dependenceShare));
            return m;
        }
    }

    /**
     * A member with the broker role (or of type broker) and whether it is the independent connector that the
     * practice literature asks for: it holds at most {@code broker_budget_share_max} of the budget and connects
     * members or communities that are otherwise unconnected.
     *
     * @param actor               actor id
     * @param budgetShare         its share (0 when none given)
     * @param memberTies          other members it is tied to
     * @param memberPairsBridged  pairs of members tied to it but not to each other
     * @param communityHolesSpanned structural holes between communities that it spans
     * @param independent         its share is within the policy's limit
     * @param connecting          it bridges at least one pair of members or spans at least one hole
     */
    public record BrokerCheck(String actor, double budgetShare, int memberTies, int memberPairsBridged,
                              int communityHolesSpanned, boolean independent, boolean connecting) {
        /** Both independent and connecting. */
        public boolean qualifies() {
            return independent && connecting;
        }

        Map<String, Object> asMap() {
            var m = new LinkedHashMap<String, Object>();
            m.put("actor", actor);
            m.put("budget_share", budgetShare);
            m.put("member_ties", memberTies);
            m.put("member_pairs_bridged", memberPairsBridged);
            m.put("community_holes_spanned", communityHolesSpanned);
            m.put("independent", independent);
            m.put("connecting", connecting);
            return m;
        }
    }

    /**
     * The connector, the members' own network and the consortium's position in the whole network.
     *
     * @param brokers               members with the broker role or of type broker
     * @param independentBroker     the qualifying connector (the one bridging most member pairs), or {@code null}
     * @param memberComponents      pieces of the members' own network (their ties with each other)
     * @param isolatedMembers       members with no tie to any other member
     * @param detachedMembers       members outside the largest piece of the members' own network (the isolated
     *                              ones included)
     * @param memberCutVertices     members without whom the other members' network falls apart
     * @param unlinkedTypePairs     pairs of member types with no tie between members of the two types
     * @param contacts              non-members tied directly to a member
     * @param consortiumConstraint  Burt's constraint of the consortium taken as one actor (binary ties; see
     *                              {@link ConsortiumAssessmentAnalysis}); NaN without contacts
     */
    public record Bridging(List<BrokerCheck> brokers, String independentBroker, int memberComponents,
                           List<String> isolatedMembers, List<String> detachedMembers, List<String> memberCutVertices,
                           List<List<String>> unlinkedTypePairs, int contacts, double consortiumConstraint) {
        public Bridging {
            brokers = List.copyOf(brokers);
            isolatedMembers = List.copyOf(isolatedMembers);
            detachedMembers = List.copyOf(detachedMembers);
            memberCutVertices = List.copyOf(memberCutVertices);
            unlinkedTypePairs = unlinkedTypePairs.stream().map(List::copyOf).toList();
        }

        Map<String, Object> asMap() {
            var m = new LinkedHashMap<String, Object>();
            var list = new ArrayList<Object>();
            brokers.forEach(b -> list.add(b.asMap()));
            m.put("brokers", list);
            m.put("independent_broker", independentBroker);
            m.put("member_components", memberComponents);
            m.put("isolated_members", isolatedMembers);
            m.put("detached_members", detachedMembers);
            m.put("member_cut_vertices", memberCutVertices);
            m.put("unlinked_type_pairs", unlinkedTypePairs);
            m.put("contacts", contacts);
            m.put("consortium_constraint", nullIfNaN(consortiumConstraint));
            return m;
        }
    }

    /**
     * Support among residents (draagvlak) and anchoring in the municipality.
     *
     * @param residentSideTotal residents and resident groups in the network
     * @param reachedDirectly   of them: members, or tied directly to a member
     * @param reachedWithinTwo  of them: within two steps of a member
     * @param trustOrInform     of them: members, or with a {@code trusts} or {@code informs} tie (either way) with a
     *                          member
     * @param departments       municipal departments (type municipality) that are members or tied to one, by id
     * @param departmentsTotal  municipal departments in the network
     */
    public record Support(int residentSideTotal, int reachedDirectly, int reachedWithinTwo, int trustOrInform,
                          List<String> departments, int departmentsTotal) {
        public Support {
            departments = List.copyOf(departments);
        }

        /** reachedDirectly / residentSideTotal; NaN when the network has none. */
        public double reachShare() {
            return residentSideTotal == 0 ? Double.NaN : reachedDirectly / (double) residentSideTotal;
        }

        Map<String, Object> asMap() {
            var m = new LinkedHashMap<String, Object>();
            m.put("resident_side_total", residentSideTotal);
            m.put("residents_reached_directly", reachedDirectly);
            m.put("residents_reached_within_two", reachedWithinTwo);
            m.put("residents_trust_or_inform", trustOrInform);
            m.put("resident_reach_share", nullIfNaN(reachShare()));
            m.put("resident_reach_share_within_two",
                    nullIfNaN(residentSideTotal == 0 ? Double.NaN : reachedWithinTwo / (double) residentSideTotal));
            m.put("resident_involvement_share",
                    nullIfNaN(residentSideTotal == 0 ? Double.NaN : trustOrInform / (double) residentSideTotal));
            m.put("departments", departments);
            m.put("departments_total", departmentsTotal);
            return m;
        }
    }

    /**
     * The municipality's and the members' roles.
     *
     * @param municipalityRole     as the proposal states it, or {@code null} when it does not
     * @param municipalRoleProblemText why a stated role does not fit the members, or {@code null}
     * @param leads                    members with role lead
     * @param withoutRole              members without a role
     */
    public record Roles(MunicipalRole municipalityRole, Message municipalRoleProblemText, List<String> leads,
                        List<String> withoutRole) {
        public Roles {
            leads = List.copyOf(leads);
            withoutRole = List.copyOf(withoutRole);
        }

        /** Why a stated role does not fit the members, in English, or {@code null}. */
        public String municipalRoleProblem() {
            return municipalRoleProblemText == null ? null : FindingMessages.render(municipalRoleProblemText, Locale.ENGLISH);
        }

        Map<String, Object> asMap() {
            var m = new LinkedHashMap<String, Object>();
            m.put("municipality_role", municipalityRole == null ? null : municipalityRole.key());
            m.put("municipality_role_defined", municipalityRole != null);
            m.put("municipality_role_problem", municipalRoleProblemText);
            m.put("leads", leads);
            m.put("members_without_role", withoutRole);
            return m;
        }
    }

    /**
     * The scale the consortium works at.
     *
     * @param neighbourhood its neighbourhood's id, or {@code null} when not given
     * @param residents     that neighbourhood's residents, or {@code null} when unknown
     * @param limit         the policy's {@code scale_residents_max}
     */
    public record Scale(String neighbourhood, Integer residents, int limit) {
        /** True above the limit, false within it, {@code null} when unknown. */
        public Boolean tooLarge() {
            return residents == null ? null : residents > limit;
        }

        Map<String, Object> asMap() {
            var m = new LinkedHashMap<String, Object>();
            m.put("neighbourhood", neighbourhood);
            m.put("residents", residents);
            m.put("limit", limit);
            m.put("too_large", tooLarge());
            return m;
        }
    }

    /** The findings as report values: {code, severity, message, actors, evidence, threshold, suggestion}, in English. */
    public List<Map<String, Object>> findingsAsMaps() {
        return findingsAsMaps(Locale.ENGLISH);
    }

    /** The findings as report values, their message and suggestion in the language of {@code locale}. */
    public List<Map<String, Object>> findingsAsMaps(Locale locale) {
        return findings.stream().map(f -> findingMap(f, locale)).toList();
    }

    /** One finding as a report value, in English. */
    public static Map<String, Object> findingMap(Finding f) {
        return findingMap(f, Locale.ENGLISH);
    }

    /** One finding as a report value, its message and suggestion in the language of {@code locale}. */
    public static Map<String, Object> findingMap(Finding f, Locale locale) {
        return FindingMessages.localiseMap(rawFindingMap(f), locale);
    }

    /** One finding as a report value with its texts still as {@link Message}s (see {@link FindingMessages#localise}). */
    static Map<String, Object> rawFindingMap(Finding f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("code", f.code().name());
        m.put("severity", f.severity().key());
        m.put("message", f.messageText() == null ? f.message() : f.messageText());
        m.put("actors", f.actors());
        var evidence = new LinkedHashMap<String, Object>();
        f.evidence().forEach((k, v) -> evidence.put(k, nullIfNaN(v)));
        m.put("evidence", evidence);
        m.put("threshold", f.threshold());
        m.put("suggestion", f.suggestionText() == null ? f.suggestion() : f.suggestionText());
        return m;
    }

    /**
     * The keys this assessment adds to {@code consortia.<id>} of {@code vico analyze}: {@code scores},
     * {@code score_parts}, {@code findings}, {@code diversity}, {@code power}, {@code bridging}, {@code support},
     * {@code roles}, {@code scale}, {@code member_profiles}; texts in English.
     */
    public Map<String, Object> reportValues() {
        return reportValues(Locale.ENGLISH);
    }

    /** {@link #reportValues()} with the texts in the language of {@code locale}. */
    public Map<String, Object> reportValues(Locale locale) {
        return FindingMessages.localiseMap(rawValues(), locale);
    }

    /** {@link #reportValues()} with the texts still as {@link Message}s. */
    Map<String, Object> rawValues() {
        var m = new LinkedHashMap<String, Object>();
        m.put("scores", scores.asMap());
        m.put("score_parts", scores.partsAsMap());
        m.put("findings", findings.stream().map(ConsortiumAssessment::rawFindingMap).toList());
        m.put("diversity", diversity.asMap());
        m.put("power", power.asMap());
        m.put("bridging", bridging.asMap());
        m.put("support", support.asMap());
        m.put("roles", roles.asMap());
        m.put("scale", scale.asMap());
        var list = new ArrayList<Object>();
        members.forEach(x -> list.add(x.asMap()));
        m.put("member_profiles", list);
        return m;
    }

    /**
     * The whole assessment as one JSON-ready document: the consortium's id, name, task, neighbourhood, then
     * {@link #reportValues()}; texts in English.
     */
    public Map<String, Object> asMap() {
        return asMap(Locale.ENGLISH);
    }

    /** {@link #asMap()} with the texts in the language of {@code locale}. */
    public Map<String, Object> asMap(Locale locale) {
        return FindingMessages.localiseMap(rawMap(), locale);
    }

    /** {@link #asMap()} with the texts still as {@link Message}s. */
    Map<String, Object> rawMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("consortium", consortium.id());
        m.put("name", consortium.name());
        m.put("task", consortium.task());
        m.put("neighbourhood", consortium.neighbourhood());
        m.put("municipality_role", consortium.municipalityRole() == null ? null : consortium.municipalityRole().key());
        m.put("n_members", members.size());
        m.putAll(rawValues());
        return m;
    }
}
