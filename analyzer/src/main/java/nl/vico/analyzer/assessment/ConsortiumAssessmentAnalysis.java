package nl.vico.analyzer.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.Message;
import nl.vico.analyzer.MessageKey;
import nl.vico.analyzer.NetworkAnalysis;
import nl.vico.analyzer.brokerage.Brokerage;
import nl.vico.analyzer.brokerage.BrokerageAnalysis;
import nl.vico.analyzer.brokerage.BrokerageSection;
import nl.vico.analyzer.centrality.BetweennessAnalysis;
import nl.vico.analyzer.centrality.Centralization;
import nl.vico.analyzer.cohesion.ComponentAnalysis;
import nl.vico.analyzer.cohesion.Components;
import nl.vico.analyzer.community.Communities;
import nl.vico.analyzer.community.CommunityPartition;
import nl.vico.analyzer.diversity.DiversityAnalysis;
import nl.vico.analyzer.findings.ActorLabels;
import nl.vico.analyzer.findings.Policy;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.holes.GroupHole;
import nl.vico.analyzer.holes.GroupHolesSection;
import nl.vico.analyzer.power.CutVertex;
import nl.vico.analyzer.power.CutVertexAnalysis;
import nl.vico.analyzer.power.Gatekeeping;
import nl.vico.analyzer.power.KrackhardtAnalysis;
import nl.vico.analyzer.power.PowerSection;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.Codes;
import nl.vico.model.Consortium;
import nl.vico.model.MemberRole;
import nl.vico.model.Membership;
import nl.vico.model.MunicipalRole;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;

/**
 * The assessment of a proposed consortium inside its whole network ({@link ConsortiumAssessment}): what the
 * practice literature on social tendering asks of a vital coalition, measured, scored per {@link Criterion}
 * and turned into findings with the thresholds of the context's {@link Policy}.
 *
 * <p><b>What is measured.</b> With M the members and J their contacts (non-members tied to a member):
 * <ul>
 *   <li>diversity — the members' type counts with Blau's index and IQV ({@link DiversityAnalysis} on the
 *       members), resident-side, informal and newcomer members, the kinds the policy requires that are missing,
 *       and the network's communities (Louvain, {@link Communities}) holding a member or a contact;</li>
 *   <li>power — the budget shares normalised per consortium (as {@code ConsortiumCompositionAnalysis} does), their
 *       Herfindahl–Hirschman index Σ s² (Herfindahl 1950, Hirschman 1945) and its normalised form, the largest
 *       share and the lead's, the shares of informal and resident-side members; Freeman's degree and betweenness
 *       centralization of the members' own network; Krackhardt's hierarchy of their funds and contracts ties
 *       ({@link KrackhardtAnalysis} on the members); and dependence: the graph of the members and their ties to
 *       the neighbourhood (every tie with a member at one end) has a contact cut off by removing member x exactly
 *       when x is that contact's only member-neighbour, so x's articulation-point damage is the number of
 *       contacts tied to the consortium only through x;</li>
 *   <li>bridging — the members with the broker role or type, and whether one is independent (budget share at
 *       most {@code broker_budget_share_max}) and connecting (it is tied to two members that are not tied to each
 *       other, or it spans a structural hole between communities, {@link GroupHolesSection}); the pieces, isolated
 *       members and cut vertices ({@link CutVertexAnalysis}) of the members' own network; pairs of member types
 *       with no tie; Gould–Fernandez brokerage of each member with groups member / non-member
 *       ({@link BrokerageAnalysis}) and by type; and Burt's constraint of the consortium as one actor: contracting
 *       M into one node C with the binary ties of the network, its contacts are J, p_Cj = 1/|J| and
 *       p_qj = a_qj/deg'(q) with deg'(q) = |N(q) \ M| + 1, so C's constraint is
 *       Σ_{j∈J} (1/|J| · (1 + Σ_{q∈J, q~j} 1/deg'(q)))² (Burt 1992's formula on the contracted graph; lower
 *       is more non-redundant contacts);</li>
 *   <li>support — the network's residents and resident groups that are members or contacts, within two steps,
 *       or tied to a member by {@code trusts} or {@code informs} (either way), and the municipal departments that
 *       are members or contacts;</li>
 *   <li>roles — the municipality's role (undefined, or inconsistent with a municipal department among the
 *       members), leads and members without a role; and scale — the residents of the consortium's
 *       neighbourhood.</li>
 * </ul>
 * "The neighbourhood's residents" are all resident-side actors of the network: the data format does not
 * say which buurt lies in which wijk.
 *
 * <p><b>Reuse and cost.</b> The network-level results (communities, gatekeeping, brokerage by type, holes
 * between communities) come from the {@link AnalysisContext} and are computed once per context; they do not
 * change when membership changes. Per consortium the work is O(Σ_{v∈M∪J} deg(v) + n/64) plus the members' own
 * network (k members: O(k·e) for its betweenness). A {@link Depth#FULL} assessment adds the two scans of
 * the whole network that membership changes: Gould–Fernandez brokerage with groups member / non-member
 * (O(Σ_v indeg·outdeg·log)) and the members' funds and contracts ties (O(ties)); a {@link Depth#QUICK} one,
 * used to rank many candidate members, leaves those two out (null), which none of the scores and findings use.
 *
 * <p>Stateless and thread-safe; an empty network or a consortium without members gives an assessment, never
 * an exception.
 */
public final class ConsortiumAssessmentAnalysis implements NetworkAnalysis<List<ConsortiumAssessment>> {

    /** How much to compute. */
    public enum Depth {
        /** Everything, including the membership brokerage and the members' Krackhardt hierarchy. */
        FULL,
        /** Everything the scores and findings use; brokerage by membership and Krackhardt left null. */
        QUICK
    }

    /** Every consortium of the network with the default policy, one thread, seed 42. */
    @Override
    public List<ConsortiumAssessment> analyze(StakeholderNetwork network) {
        return assessAll(new AnalysisContext(network, new AnalysisOptions(1, 0, 42L)));
    }

    /** The assessments of every consortium of the context's network, computed once per context. */
    public static List<ConsortiumAssessment> of(AnalysisContext context) {
        return context.shared(Key.ALL, c -> new ConsortiumAssessmentAnalysis().assessAll(c));
    }

    /** Every consortium of the context's network in dataset order, fully assessed. */
    public List<ConsortiumAssessment> assessAll(AnalysisContext context) {
        var list = new ArrayList<ConsortiumAssessment>();
        for (Consortium c : context.network().consortia()) {
            list.add(assess(context, c, context.network().membersOf(c.id()), Depth.FULL));
        }
        return List.copyOf(list);
    }

    /**
     * The full assessment of the consortium with this id and its members from the dataset.
     *
     * @throws IllegalArgumentException when there is no such consortium (naming the nearest id)
     */
    public ConsortiumAssessment assess(AnalysisContext context, String consortiumId) {
        Consortium c = consortium(context.network(), consortiumId);
        return assess(context, c, context.network().membersOf(c.id()), Depth.FULL);
    }

    /**
     * The assessment of a consortium with the given members (e.g. changed in a what-if).
     *
     * @throws IllegalArgumentException when a member is not an actor of the network or is listed twice
     */
    public ConsortiumAssessment assess(AnalysisContext context, Consortium consortium, List<Membership> members,
                                       Depth depth) {
        return new Run(context, basis(context), consortium, members, depth).assessment();
    }

    /**
     * What-if: the full assessment before and after adding and removing members ({@link #changedMembers}).
     *
     * @throws IllegalArgumentException for an unknown consortium or actor, an actor added that is already a
     *                                  member, or one removed that is not
     */
    public AssessmentChange whatIf(AnalysisContext context, String consortiumId, List<String> add, List<String> remove) {
        var network = context.network();
        Consortium c = consortium(network, consortiumId);
        var before = assess(context, c, network.membersOf(c.id()), Depth.FULL);
        var after = assess(context, c, changedMembers(network, c.id(), add, remove), Depth.FULL);
        return AssessmentChange.between(before, after);
    }

    /**
     * The proposals for one task side by side (all proposals when {@code task} is null), fully assessed.
     *
     * @throws IllegalArgumentException when no consortium has that task (naming the nearest task)
     */
    public ConsortiumComparison compare(AnalysisContext context, String task) {
        var network = context.network();
        if (task != null) {
            var tasks = network.consortia().stream().map(Consortium::task).filter(java.util.Objects::nonNull)
                    .distinct().toList();
            if (!tasks.contains(task)) {
                String hint = Codes.nearest(task, tasks).map(t -> " — did you mean '" + t + "'?").orElse("");
                throw new IllegalArgumentException("no consortium bids for task '" + task + "'" + hint
                        + (tasks.isEmpty() ? " (no consortium names a task)" : " (tasks: " + String.join("; ", tasks) + ")"));
            }
        }
        var selected = new ArrayList<ConsortiumAssessment>();
        for (var a : of(context)) {
            if (task == null || task.equals(a.consortium().task())) {
                selected.add(a);
            }
        }
        return ConsortiumComparison.of(task, selected);
    }

    /** The consortium with this id, or an exception naming the nearest id and all ids. */
    public static Consortium consortium(StakeholderNetwork network, String id) {
        return network.consortium(id).orElseThrow(() -> {
            var ids = network.consortia().stream().map(Consortium::id).toList();
            String hint = Codes.nearest(id, ids).map(s -> " — did you mean " + s + "?").orElse("");
            return new IllegalArgumentException("there is no consortium " + id + hint
                    + (ids.isEmpty() ? " (the dataset has no consortia)" : " (consortia: " + String.join(", ", ids) + ")"));
        });
    }

    /**
     * The consortium's members with {@code add} added and {@code remove} removed. An added actor joins with
     * budget share 0 (so that the budget's concentration does not rise: shares stay as they are, and a
     * newcomer to the table gets no say over money it did not bring) and role {@code broker} when its type is
     * broker, {@code partner} otherwise. Removed members' shares go: the remaining shares are normalised again.
     *
     * @throws IllegalArgumentException naming the actor (and the nearest id) when it is unknown, already a
     *                                  member (add) or not a member (remove)
     */
    public static List<Membership> changedMembers(StakeholderNetwork network, String consortiumId, List<String> add,
                                                  List<String> remove) {
        var current = network.membersOf(consortiumId);
        var ids = new HashSet<String>();
        current.forEach(m -> ids.add(m.actor()));
        var removing = new HashSet<String>();
        for (String r : remove) {
            requireActor(network, r);
            if (!ids.contains(r)) {
                throw new IllegalArgumentException("cannot remove " + r + ": it is not a member of " + consortiumId
                        + " (members: " + String.join(", ", current.stream().map(Membership::actor).toList()) + ")");
            }
            removing.add(r);
        }
        var result = new ArrayList<Membership>();
        for (Membership m : current) {
            if (!removing.contains(m.actor())) {
                result.add(m);
            }
        }
        var adding = new HashSet<String>();
        for (String a : add) {
            requireActor(network, a);
            if (ids.contains(a) && !removing.contains(a)) {
                throw new IllegalArgumentException("cannot add " + a + ": it is already a member of " + consortiumId);
            }
            if (!adding.add(a)) {
                throw new IllegalArgumentException("cannot add " + a + " twice — name it once");
            }
            result.add(newMember(network, consortiumId, a));
        }
        return List.copyOf(result);
    }

    /** An added member: role broker for an actor of type broker, partner otherwise; budget share 0. */
    public static Membership newMember(StakeholderNetwork network, String consortiumId, String actorId) {
        Actor a = network.actor(actorId).orElseThrow(() -> new IllegalArgumentException("there is no actor " + actorId));
        return new Membership(consortiumId, actorId, a.type() == ActorType.BROKER ? MemberRole.BROKER : MemberRole.PARTNER,
                0.0);
    }

    private static void requireActor(StakeholderNetwork network, String id) {
        if (network.indexOf(id) < 0) {
            var all = network.actors().stream().map(Actor::id).toList();
            String hint = Codes.nearest(id, all).map(s -> " — did you mean " + s + "?").orElse("");
            throw new IllegalArgumentException("there is no actor " + id + hint);
        }
    }

    private enum Key { ALL, BASIS }

    /** What every assessment in one context shares: computed once, independent of membership. */
    record Basis(boolean[] residentSide, boolean[] municipal, int residentSideTotal, int departmentsTotal,
                 int[] trustOff, int[] trustNb, CommunityPartition partition, Gatekeeping gate, Brokerage byType,
                 int[] holesSpanned, int[] brokerActors) {
    }

    static Basis basis(AnalysisContext context) {
        return context.shared(Key.BASIS, ConsortiumAssessmentAnalysis::computeBasis);
    }

    private static Basis computeBasis(AnalysisContext context) {
        var network = context.network();
        int n = network.size();
        boolean[] residentSide = new boolean[n];
        boolean[] municipal = new boolean[n];
        int residents = 0;
        int departments = 0;
        var brokers = new ArrayList<Integer>();
        for (int v = 0; v < n; v++) {
            ActorType t = network.actor(v).type();
            residentSide[v] = t.isResidentSide();
            municipal[v] = t == ActorType.MUNICIPALITY;
            residents += residentSide[v] ? 1 : 0;
            departments += municipal[v] ? 1 : 0;
            if (t == ActorType.BROKER) {
                brokers.add(v);
            }
        }
        // trusts/informs contacts, either direction, as CSR rows
        int[] deg = new int[n + 1];
        var pairs = new ArrayList<int[]>();
        for (int i = 0; i < network.tieCount(); i++) {
            TieKind kind = network.tieKind(i);
            int s = network.sourceIndex(i);
            int d = network.targetIndex(i);
            if ((kind == TieKind.TRUSTS || kind == TieKind.INFORMS) && s != d) {
                pairs.add(new int[] {s, d});
                deg[s + 1]++;
                deg[d + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            deg[v + 1] += deg[v];
        }
        int[] nb = new int[deg[n]];
        int[] fill = Arrays.copyOf(deg, n);
        for (int[] p : pairs) {
            nb[fill[p[0]]++] = p[1];
            nb[fill[p[1]]++] = p[0];
        }
        int[] spanned = new int[n];
        if (n > 0) {
            for (GroupHole h : GroupHolesSection.betweenCommunities(context).holes()) {
                for (int s : h.spanners()) {
                    spanned[s]++;
                }
            }
        }
        return new Basis(residentSide, municipal, residents, departments, deg, nb,
                n > 0 ? Communities.of(context) : null, n > 0 ? PowerSection.gatekeeping(context) : null,
                n > 0 ? BrokerageSection.byType(context) : null, spanned,
                brokers.stream().mapToInt(Integer::intValue).toArray());
    }

    /** One assessment's working state. */
    private static final class Run {
        private final AnalysisContext context;
        private final StakeholderNetwork network;
        private final CompactGraph graph;
        private final Policy policy;
        private final Basis basis;
        private final Consortium consortium;
        private final List<Membership> memberships;
        private final Depth depth;
        private final int k;
        private final int[] idx;
        private final BitSet isMember;
        private final int[] position;
        private final Double[] shares;
        private final int[] memberTies;
        private final int[] memberNeighbours;
        private final int[] owner;
        private final int[] contacts;

        Run(AnalysisContext context, Basis basis, Consortium consortium, List<Membership> memberships, Depth depth) {
            this.context = context;
            this.network = context.network();
            this.graph = context.graph();
            this.policy = context.policy();
            this.basis = basis;
            this.consortium = consortium;
            this.memberships = List.copyOf(memberships);
            this.depth = depth;
            int n = network.size();
            this.k = memberships.size();
            this.idx = new int[k];
            this.isMember = new BitSet(n);
            this.position = new int[n];
            for (int i = 0; i < k; i++) {
                String id = memberships.get(i).actor();
                int v = network.indexOf(id);
                if (v < 0) {
                    throw new IllegalArgumentException("member " + id + " of " + consortium.id()
                            + " is not an actor of the network — add it to actors.csv or correct the id");
                }
                if (isMember.get(v)) {
                    throw new IllegalArgumentException("actor " + id + " is listed twice as member of " + consortium.id()
                            + " — list each member once");
                }
                isMember.set(v);
                idx[i] = v;
                position[v] = i;
            }
            this.shares = normalisedShares(memberships);
            // member ties and contacts: every tie with a member at one end
            this.memberTies = new int[k];
            this.memberNeighbours = new int[n];
            this.owner = new int[n];
            int[] off = graph.offsets();
            int[] nb = graph.neighbours();
            var found = new ArrayList<Integer>();
            for (int i = 0; i < k; i++) {
                int v = idx[i];
                for (int e = off[v]; e < off[v + 1]; e++) {
                    int u = nb[e];
                    if (isMember.get(u)) {
                        memberTies[i]++;
                    } else {
                        if (memberNeighbours[u]++ == 0) {
                            found.add(u);
                        }
                        owner[u] = i;
                    }
                }
            }
            this.contacts = found.stream().mapToInt(Integer::intValue).sorted().toArray();
        }

        /** Given shares divided by their sum; null for members without one, or all when the sum is 0. */
        private static Double[] normalisedShares(List<Membership> memberships) {
            double total = 0;
            for (Membership m : memberships) {
                if (m.budgetShare() != null) {
                    total += m.budgetShare();
                }
            }
            Double[] s = new Double[memberships.size()];
            for (int i = 0; i < s.length; i++) {
                Double given = memberships.get(i).budgetShare();
                s[i] = given == null || total == 0 ? null : given / total;
            }
            return s;
        }

        private Actor actor(int i) {
            return network.actor(idx[i]);
        }

        private double share(int i) {
            return shares[i] == null ? 0.0 : shares[i];
        }

        ConsortiumAssessment assessment() {
            var induced = new InducedNetwork();
            var diversity = diversity();
            var power = power(induced);
            var bridging = bridging(induced);
            var support = support();
            var roles = roles();
            var scale = scale();
            var members = members();
            var scores = scores(diversity, power, bridging, support, roles, scale);
            var findings = new ConsortiumFindings(network, consortium, members, diversity, power, bridging, support,
                    roles, scale, policy, suggestions(), basis.gate()).all();
            return new ConsortiumAssessment(consortium, members, diversity, power, bridging, support, roles, scale,
                    scores, findings);
        }

        private List<ConsortiumAssessment.Member> members() {
            Brokerage byMembership = null;
            if (depth == Depth.FULL && k > 0) {
                int[] group = new int[network.size()];
                for (int v : idx) {
                    group[v] = 1;
                }
                byMembership = BrokerageAnalysis.compute(graph, group);
            }
            int[] residentsOnly = new int[k];
            var departmentsOnly = new ArrayList<List<String>>();
            for (int i = 0; i < k; i++) {
                departmentsOnly.add(new ArrayList<>());
            }
            for (int j : contacts) {
                if (memberNeighbours[j] == 1) {
                    if (basis.residentSide()[j]) {
                        residentsOnly[owner[j]]++;
                    }
                    if (basis.municipal()[j]) {
                        departmentsOnly.get(owner[j]).add(network.actor(j).id());
                    }
                }
            }
            var list = new ArrayList<ConsortiumAssessment.Member>();
            for (int i = 0; i < k; i++) {
                Actor a = actor(i);
                Membership m = memberships.get(i);
                double gate = basis.gate() == null || !basis.gate().defined() ? Double.NaN : basis.gate().shareOf(idx[i]);
                list.add(new ConsortiumAssessment.Member(a.id(), ActorLabels.of(a), a.type(), m.role(), shares[i],
                        a.formal(), a.newcomer(), memberTies[i], residentsOnly[i], departmentsOnly.get(i), gate,
                        byMembership == null ? null : byMembership.of(idx[i]),
                        basis.byType() == null ? null : basis.byType().of(idx[i])));
            }
            return list;
        }

        private ConsortiumAssessment.Diversity diversity() {
            int residentSide = 0;
            int informal = 0;
            int newcomers = 0;
            for (int i = 0; i < k; i++) {
                Actor a = actor(i);
                residentSide += a.type().isResidentSide() ? 1 : 0;
                informal += a.formal() ? 0 : 1;
                newcomers += a.newcomer() ? 1 : 0;
            }
            var missing = new ArrayList<String>();
            if (residentSide < policy.residentMembersMinCount()) {
                missing.add("resident_side");
            }
            if (informal < policy.informalMembersMinCount()) {
                missing.add("informal");
            }
            int reached = 0;
            int withMember = 0;
            int total = 0;
            CommunityPartition p = basis.partition();
            if (p != null) {
                total = p.count();
                var seen = new BitSet(total);
                for (int v : idx) {
                    seen.set(p.of(v));
                }
                withMember = seen.cardinality();
                for (int j : contacts) {
                    seen.set(p.of(j));
                }
                reached = seen.cardinality();
            }
            return new ConsortiumAssessment.Diversity(DiversityAnalysis.of(network, idx), residentSide, informal,
                    newcomers, missing, reached, withMember, total);
        }

        private ConsortiumAssessment.Power power(InducedNetwork induced) {
            boolean given = false;
            for (Double s : shares) {
                given |= s != null;
            }
            double hhi = Double.NaN;
            double hhiNorm = Double.NaN;
            double largest = Double.NaN;
            String holder = null;
            double lead = Double.NaN;
            double informal = Double.NaN;
            double resident = Double.NaN;
            double community = Double.NaN;
            if (given) {
                hhi = 0;
                largest = -1;
                informal = 0;
                resident = 0;
                community = 0;
                for (int i = 0; i < k; i++) {
                    double s = share(i);
                    hhi += s * s;
                    if (s > largest) {
                        largest = s;
                        holder = actor(i).id();
                    }
                    if (memberships.get(i).role() == MemberRole.LEAD) {
                        lead = (Double.isNaN(lead) ? 0 : lead) + s;
                    }
                    Actor a = actor(i);
                    informal += a.formal() ? 0 : s;
                    resident += a.type().isResidentSide() ? s : 0;
                    community += a.type().isResidentSide() || !a.formal() ? s : 0;
                }
                if (k >= 2) {
                    hhiNorm = (hhi - 1.0 / k) / (1 - 1.0 / k);
                }
            }
            var krackhardt = depth == Depth.FULL
                    ? KrackhardtAnalysis.compute(network, idx, KrackhardtAnalysis.FUNDS_AND_CONTRACTS)
                    : null;
            int[] residentsOnly = new int[k];
            int reachedContacts = 0;
            for (int j : contacts) {
                if (basis.residentSide()[j]) {
                    reachedContacts++;
                    if (memberNeighbours[j] == 1) {
                        residentsOnly[owner[j]]++;
                    }
                }
            }
            int most = -1;
            for (int i = 0; i < k; i++) {
                if (residentsOnly[i] > 0 && (most < 0 || residentsOnly[i] > residentsOnly[most])) {
                    most = i;
                }
            }
            return new ConsortiumAssessment.Power(given, hhi, hhiNorm, largest, holder, lead, informal, resident,
                    community, induced.degreeCentralization(), induced.betweennessCentralization(), krackhardt,
                    most < 0 ? null : actor(most).id(), most < 0 ? 0 : residentsOnly[most],
                    reachedContacts == 0 ? Double.NaN : (most < 0 ? 0 : residentsOnly[most]) / (double) reachedContacts);
        }

        private ConsortiumAssessment.Bridging bridging(InducedNetwork induced) {
            int[] off = graph.offsets();
            int[] nb = graph.neighbours();
            var checks = new ArrayList<ConsortiumAssessment.BrokerCheck>();
            for (int i = 0; i < k; i++) {
                Actor a = actor(i);
                if (memberships.get(i).role() != MemberRole.BROKER && a.type() != ActorType.BROKER) {
                    continue;
                }
                int v = idx[i];
                var mates = new ArrayList<Integer>();
                for (int e = off[v]; e < off[v + 1]; e++) {
                    if (isMember.get(nb[e])) {
                        mates.add(nb[e]);
                    }
                }
                int bridged = 0;
                for (int x = 0; x < mates.size(); x++) {
                    int a1 = mates.get(x);
                    for (int y = x + 1; y < mates.size(); y++) {
                        if (Arrays.binarySearch(nb, off[a1], off[a1 + 1], mates.get(y)) < 0) {
                            bridged++;
                        }
                    }
                }
                double s = share(i);
                int holes = basis.holesSpanned()[v];
                checks.add(new ConsortiumAssessment.BrokerCheck(a.id(), s, mates.size(), bridged, holes,
                        s <= policy.brokerBudgetShareMax(), bridged > 0 || holes > 0));
            }
            ConsortiumAssessment.BrokerCheck best = null;
            for (var c : checks) {
                if (c.qualifies() && (best == null || c.memberPairsBridged() > best.memberPairsBridged()
                        || (c.memberPairsBridged() == best.memberPairsBridged()
                        && c.communityHolesSpanned() > best.communityHolesSpanned()))) {
                    best = c;
                }
            }
            var isolated = new ArrayList<String>();
            var detached = new ArrayList<String>();
            if (k >= 2) {
                int largest = induced.components.largest();
                for (int i = 0; i < k; i++) {
                    if (memberTies[i] == 0) {
                        isolated.add(actor(i).id());
                    }
                    if (induced.components.of(i) != largest) {
                        detached.add(actor(i).id());
                    }
                }
            }
            return new ConsortiumAssessment.Bridging(checks, best == null ? null : best.actor(),
                    induced.components.count(), isolated, detached, induced.cutVertices(), unlinkedTypePairs(),
                    contacts.length, groupConstraint());
        }

        /** Pairs of member types (in type order) with no tie between members of the two types. */
        private List<List<String>> unlinkedTypePairs() {
            int types = ActorType.values().length;
            boolean[] present = new boolean[types];
            boolean[][] linked = new boolean[types][types];
            int[] off = graph.offsets();
            int[] nb = graph.neighbours();
            for (int i = 0; i < k; i++) {
                int t = actor(i).type().ordinal();
                present[t] = true;
                for (int e = off[idx[i]]; e < off[idx[i] + 1]; e++) {
                    if (isMember.get(nb[e])) {
                        int u = network.actor(nb[e]).type().ordinal();
                        linked[t][u] = true;
                        linked[u][t] = true;
                    }
                }
            }
            var pairs = new ArrayList<List<String>>();
            for (int a = 0; a < types; a++) {
                for (int b = a + 1; b < types; b++) {
                    if (present[a] && present[b] && !linked[a][b]) {
                        pairs.add(List.of(ActorType.values()[a].key(), ActorType.values()[b].key()));
                    }
                }
            }
            return pairs;
        }

        /** Burt's binary constraint of the members contracted into one actor; NaN without contacts. */
        private double groupConstraint() {
            int size = contacts.length;
            if (size == 0) {
                return Double.NaN;
            }
            int[] off = graph.offsets();
            int[] nb = graph.neighbours();
            double constraint = 0;
            for (int j : contacts) {
                double indirect = 0;
                for (int e = off[j]; e < off[j + 1]; e++) {
                    int q = nb[e];
                    if (!isMember.get(q) && memberNeighbours[q] > 0) { // q is a contact of the consortium too
                        int degree = graph.degree(q) - memberNeighbours[q] + 1;
                        indirect += 1.0 / degree;
                    }
                }
                double c = (1 + indirect) / size;
                constraint += c * c;
            }
            return constraint;
        }

        private ConsortiumAssessment.Support support() {
            boolean[] rs = basis.residentSide();
            var within = new BitSet(network.size());
            var involved = new BitSet(network.size());
            int direct = 0;
            for (int v : idx) {
                within.set(v);
                if (rs[v]) {
                    direct++;
                    involved.set(v);
                }
                for (int e = basis.trustOff()[v]; e < basis.trustOff()[v + 1]; e++) {
                    int x = basis.trustNb()[e];
                    if (rs[x]) {
                        involved.set(x);
                    }
                }
            }
            int[] off = graph.offsets();
            int[] nb = graph.neighbours();
            for (int j : contacts) {
                within.set(j);
                direct += rs[j] ? 1 : 0;
                for (int e = off[j]; e < off[j + 1]; e++) {
                    within.set(nb[e]);
                }
            }
            int two = 0;
            for (int v = within.nextSetBit(0); v >= 0; v = within.nextSetBit(v + 1)) {
                two += rs[v] ? 1 : 0;
            }
            var departments = new ArrayList<Integer>();
            for (int v : idx) {
                if (basis.municipal()[v]) {
                    departments.add(v);
                }
            }
            for (int j : contacts) {
                if (basis.municipal()[j]) {
                    departments.add(j);
                }
            }
            departments.sort(Integer::compare);
            return new ConsortiumAssessment.Support(basis.residentSideTotal(), direct, two, involved.cardinality(),
                    departments.stream().map(v -> network.actor(v).id()).toList(), basis.departmentsTotal());
        }

        private ConsortiumAssessment.Roles roles() {
            var leads = new ArrayList<String>();
            var without = new ArrayList<String>();
            var municipalMembers = new ArrayList<Actor>();
            for (int i = 0; i < k; i++) {
                MemberRole r = memberships.get(i).role();
                if (r == MemberRole.LEAD) {
                    leads.add(actor(i).id());
                }
                if (r == null) {
                    without.add(actor(i).id());
                }
                if (actor(i).type() == ActorType.MUNICIPALITY) {
                    municipalMembers.add(actor(i));
                }
            }
            MunicipalRole role = consortium.municipalityRole();
            Message problem = null;
            if (role != null && !municipalMembers.isEmpty() && role != MunicipalRole.PARTNER) {
                Object who = ActorLabels.listing(municipalMembers, 3);
                problem = switch (role) {
                    case CLIENT -> Message.of(MessageKey.ROLE_PROBLEM_CLIENT, who, municipalMembers.size());
                    case FACILITATOR -> Message.of(MessageKey.ROLE_PROBLEM_FACILITATOR, who, municipalMembers.size());
                    case NONE -> Message.of(MessageKey.ROLE_PROBLEM_NONE, who, municipalMembers.size());
                    default -> null;
                };
            } else if (role == MunicipalRole.PARTNER && municipalMembers.isEmpty()) {
                problem = Message.of(MessageKey.ROLE_PROBLEM_PARTNER_ABSENT);
            }
            return new ConsortiumAssessment.Roles(role, problem, leads, without);
        }

        private ConsortiumAssessment.Scale scale() {
            String hood = consortium.neighbourhood();
            Integer residents = hood == null ? null : network.neighbourhood(hood).map(h -> h.residents()).orElse(null);
            return new ConsortiumAssessment.Scale(hood, residents, policy.scaleResidentsMaxCount());
        }

        private ConsortiumScores scores(ConsortiumAssessment.Diversity d, ConsortiumAssessment.Power p,
                                        ConsortiumAssessment.Bridging b, ConsortiumAssessment.Support s,
                                        ConsortiumAssessment.Roles r, ConsortiumAssessment.Scale sc) {
            var parts = new EnumMap<Criterion, Map<String, Double>>(Criterion.class);
            var div = new LinkedHashMap<String, Double>();
            putDefined(div, "type_breadth", d.types().blauNormalised());
            div.put("required_kinds", (atLeast(d.residentSideMembers(), policy.residentMembersMinCount())
                    + atLeast(d.informalMembers(), policy.informalMembersMinCount())) / 2);
            div.put("newcomers", atLeast(d.newcomerMembers(), policy.newcomerMembersMinCount()));
            parts.put(Criterion.DIVERSITY, div);

            var pow = new LinkedHashMap<String, Double>();
            if (p.budgetGiven()) {
                pow.put("budget_spread", 1 - p.hhi());
                pow.put("largest_share", policy.budgetShareMax() >= 1 ? 1.0
                        : Math.min(1, (1 - p.largestShare()) / (1 - policy.budgetShareMax())));
                pow.put("community_say", policy.communityBudgetShareMin() == 0 ? 1.0
                        : Math.min(1, p.communityBudgetShare() / policy.communityBudgetShareMin()));
            }
            parts.put(Criterion.POWER_BALANCE, pow);

            var bri = new LinkedHashMap<String, Double>();
            if (k > 0) {
                bri.put("independent_broker", b.independentBroker() == null ? 0.0 : 1.0);
                bri.put("member_cohesion", k == 1 ? 1.0 : 1 - (b.memberComponents() - 1) / (double) (k - 1));
            }
            if (d.communitiesTotal() > 0) {
                bri.put("community_reach", d.communitiesReached() / (double) d.communitiesTotal());
            }
            parts.put(Criterion.BRIDGING, bri);

            var sup = new LinkedHashMap<String, Double>();
            if (s.residentSideTotal() > 0) {
                sup.put("resident_reach", s.reachedDirectly() / (double) s.residentSideTotal());
                sup.put("resident_involvement", s.trustOrInform() / (double) s.residentSideTotal());
            }
            if (s.departmentsTotal() > 0) {
                int needed = Math.min(policy.anchoringDepartmentsMinCount(), s.departmentsTotal());
                sup.put("anchoring", needed == 0 ? 1.0 : Math.min(1, s.departments().size() / (double) needed));
            }
            parts.put(Criterion.SUPPORT, sup);

            var rol = new LinkedHashMap<String, Double>();
            rol.put("municipal_role", r.municipalityRole() == null ? 0.0 : r.municipalRoleProblem() == null ? 1.0 : 0.5);
            rol.put("one_lead", r.leads().size() == 1 ? 1.0 : 0.0);
            rol.put("member_roles", k == 0 ? 0.0 : (k - r.withoutRole().size()) / (double) k);
            parts.put(Criterion.ROLE_CLARITY, rol);

            var sca = new LinkedHashMap<String, Double>();
            if (sc.residents() != null) {
                double value = sc.limit() == 0 ? (sc.residents() == 0 ? 1.0 : 0.0)
                        : Math.max(0, Math.min(1, 2 - sc.residents() / (double) sc.limit()));
                sca.put("neighbourhood_scale", value);
            }
            parts.put(Criterion.SCALE, sca);

            var scores = new EnumMap<Criterion, Double>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                scores.put(c, c == Criterion.ROLE_CLARITY
                        ? 100 * (0.5 * rol.get("municipal_role") + 0.25 * rol.get("one_lead") + 0.25 * rol.get("member_roles"))
                        : ConsortiumScores.mean(parts.get(c)));
            }
            return ConsortiumScores.weigh(scores, parts, policy);
        }

        private static double atLeast(int count, int minimum) {
            return minimum == 0 ? 1.0 : Math.min(1.0, count / (double) minimum);
        }

        private static void putDefined(Map<String, Double> m, String key, double v) {
            if (!Double.isNaN(v)) {
                m.put(key, v);
            }
        }

        /** Non-members that would close a gap, best tied to the members first, for the findings' suggestions. */
        private ConsortiumFindings.Suggestions suggestions() {
            Actor broker = null;
            int brokerTies = -1;
            for (int v : basis.brokerActors()) {
                if (!isMember.get(v) && memberNeighbours[v] > brokerTies) {
                    broker = network.actor(v);
                    brokerTies = memberNeighbours[v];
                }
            }
            var residentSide = new ArrayList<Integer>();
            var informal = new ArrayList<Integer>();
            for (int j : contacts) {
                Actor a = network.actor(j);
                if (a.type().isResidentSide()) {
                    residentSide.add(j);
                }
                if (!a.formal()) {
                    informal.add(j);
                }
            }
            return new ConsortiumFindings.Suggestions(broker, Math.max(brokerTies, 0), best(residentSide), best(informal));
        }

        /** Up to three actors with the most member ties (groups before single residents, then by index). */
        private List<Actor> best(List<Integer> candidates) {
            return candidates.stream()
                    .sorted((a, b) -> {
                        int c = Integer.compare(memberNeighbours[b], memberNeighbours[a]);
                        if (c != 0) {
                            return c;
                        }
                        boolean ra = network.actor(a).type() == ActorType.RESIDENT;
                        boolean rb = network.actor(b).type() == ActorType.RESIDENT;
                        return ra != rb ? (ra ? 1 : -1) : Integer.compare(a, b);
                    })
                    .limit(3).map(network::actor).toList();
        }

        /** The members' own network: their ties with each other, as a small network of its own. */
        private final class InducedNetwork {
            private final StakeholderNetwork sub;
            private final CompactGraph subGraph;
            private final Components components;

            InducedNetwork() {
                var builder = StakeholderNetwork.builder(consortium.id());
                for (int i = 0; i < k; i++) {
                    builder.actor(actor(i));
                }
                int[] off = graph.offsets();
                int[] nb = graph.neighbours();
                for (int i = 0; i < k; i++) {
                    for (int e = off[idx[i]]; e < off[idx[i] + 1]; e++) {
                        int u = nb[e];
                        if (isMember.get(u) && position[u] > i) {
                            builder.tie(actor(i).id(), network.actor(u).id(), TieKind.COLLABORATES);
                        }
                    }
                }
                this.sub = builder.build();
                this.subGraph = CompactGraph.of(sub);
                this.components = new ComponentAnalysis().components(subGraph);
            }

            double degreeCentralization() {
                int[] degree = new int[k];
                for (int i = 0; i < k; i++) {
                    degree[i] = subGraph.degree(i);
                }
                return Centralization.degree(degree);
            }

            double betweennessCentralization() {
                if (k < 3) {
                    return Double.NaN;
                }
                var raw = new BetweennessAnalysis(new AnalysisOptions(1, 0, context.options().seed()))
                        .undirected(subGraph).raw();
                return Centralization.betweenness(raw);
            }

            List<String> cutVertices() {
                var ids = new ArrayList<String>();
                for (CutVertex c : CutVertexAnalysis.compute(sub, subGraph)) {
                    ids.add(sub.actor(c.actor()).id());
                }
                return ids;
            }
        }
    }
}
