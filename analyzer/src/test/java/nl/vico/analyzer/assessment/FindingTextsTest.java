package nl.vico.analyzer.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.FindingMessages;
import nl.vico.analyzer.Message;
import nl.vico.analyzer.assessment.recommend.RecommendationAnalysis;
import nl.vico.analyzer.findings.FindingsSection;
import nl.vico.analyzer.findings.Policy;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.testing.Networks;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.MemberRole;
import nl.vico.model.MunicipalRole;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.TieKind;
import org.junit.jupiter.api.Test;

/**
 * At least one finding of every code written in English and in Dutch. Each expected sentence is the bundle's
 * sentence filled in by hand with the finding's own arguments (so the test says what the words are, and the
 * analysis tests say what the numbers are); the arguments are checked against the evidence or derived in a comment.
 */
class FindingTextsTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale NL = FindingMessages.DUTCH;

    // ---------------------------------------------------------------- helpers

    private static List<Finding> networkFindings(StakeholderNetwork network) {
        var context = new AnalysisContext(network, new AnalysisOptions(1, 0, 42L), Policy.defaults());
        var builder = AnalysisReport.builder();
        new FindingsSection().addTo(context, builder);
        return builder.build().findings();
    }

    private static Finding only(List<Finding> findings, FindingCode code) {
        var list = findings.stream().filter(f -> f.code() == code).toList();
        assertThat(list).as(code.name()).hasSize(1);
        return list.get(0);
    }

    private static Finding withKey(List<Finding> findings, String key) {
        var list = findings.stream().filter(f -> key.equals(f.messageKey())).toList();
        assertThat(list).as(key).hasSize(1);
        return list.get(0);
    }

    private static Object arg(Finding f, int i) {
        return f.arguments().get(i);
    }

    private static Message nested(Object argument) {
        assertThat(argument).isInstanceOf(Message.class);
        return (Message) argument;
    }

    private static String text(Object part, Locale locale) {
        return FindingMessages.text(part, locale);
    }

    /** A share as a whole percentage, as the findings write it. */
    private static String pct(Object share) {
        return Math.round(100 * ((Number) share).doubleValue()) + "%";
    }

    /** A number with {@code digits} decimals, with a decimal point in English and a comma in Dutch. */
    private static String dec(Object value, int digits, Locale locale) {
        String s = String.format(Locale.ROOT, "%." + digits + "f", ((Number) value).doubleValue());
        return locale == NL ? s.replace('.', ',') : s;
    }

    private static void bothLanguages(Finding f, String english, String dutch) {
        assertThat(f.message()).isEqualTo(english);
        assertThat(FindingMessages.render(f, EN)).isEqualTo(english);
        assertThat(FindingMessages.render(f, NL)).isEqualTo(dutch);
    }

    // ---------------------------------------------------------------- network findings

    @Test
    void powerConcentration_ofTheNetwork_gatekeeperAndHub() {
        // every resident–municipality path runs through the hub (share 1), which also holds all betweenness of
        // the star (share 1, Freeman centralization 1)
        Finding f = only(networkFindings(Networks.housingHub()), FindingCode.POWER_CONCENTRATION);
        assertThat(f.messageKey()).isEqualTo("power_concentration.gatekeeper");
        assertThat(arg(f, 0)).isEqualTo("Woonstichting De Hoek");
        assertThat(arg(f, 1)).isEqualTo(f.evidence().get("gatekeeping_share")).isEqualTo(1.0);
        Message hub = nested(arg(f, 2));
        assertThat(hub.key()).isEqualTo("power_concentration.gatekeeper.also_hub");
        assertThat(hub.arguments()).containsExactly(f.evidence().get("betweenness_share"),
                f.evidence().get("betweenness_centralization"));
        Object share = hub.arguments().get(0);
        Object centralization = hub.arguments().get(1);
        bothLanguages(f, arg(f, 0) + " lies on " + pct(arg(f, 1)) + " of the shortest paths between residents and the "
                        + "municipality. It also holds " + pct(share) + " of all brokering of shortest routes in the network "
                        + "(betweenness centralization " + dec(centralization, 2, EN) + ").",
                arg(f, 0) + " ligt op " + pct(arg(f, 1)) + " van de kortste paden tussen bewoners en de gemeente. Daarnaast "
                        + "is deze partij de schakel in " + pct(share) + " van alle kortste verbindingen tussen andere partijen "
                        + "in het netwerk (centralisatie van de tussenpositie " + dec(centralization, 2, NL) + ").");
        assertThat(FindingMessages.render(f, NL)).startsWith("Woonstichting De Hoek ligt op 100% van de kortste paden")
                .endsWith("(centralisatie van de tussenpositie 1,00).");
        assertThat(FindingMessages.suggestion(f, NL)).isEqualTo("Geef bewoners eigen wegen naar de gemeente: rechtstreekse "
                + "contacten met de verantwoordelijke afdelingen, of een onafhankelijke verbinder zonder belang bij het "
                + "budget, zodat Woonstichting De Hoek niet langer de enige ingang is.");
    }

    @Test
    void singlePointOfFailure_ofTheNetwork() {
        // without the hub, r1, r2 and bo lose the municipality, and 3 of the 5 actors (60 %) are split off; 4 pieces
        Finding f = only(networkFindings(Networks.housingHub()), FindingCode.SINGLE_POINT_OF_FAILURE);
        assertThat(f.messageKey()).isEqualTo("single_point_of_failure.network");
        assertThat(arg(f, 2)).isEqualTo(4);
        var parts = (Message.Listing) arg(f, 1);
        assertThat(parts.items()).hasSize(2);
        Message residents = nested(parts.items().get(0));
        Message split = nested(parts.items().get(1));
        assertThat(residents.arguments()).containsExactly(3);
        assertThat(split.arguments()).containsExactly(3, 0.6);
        bothLanguages(f, "Without " + arg(f, 0) + ", " + residents.arguments().get(0) + " residents and resident groups "
                        + "lose every connection to the municipality, and " + split.arguments().get(0) + " actors ("
                        + pct(split.arguments().get(1)) + " of the network) are cut off from the rest: the network falls apart "
                        + "into " + arg(f, 2) + " pieces.",
                "Zonder " + arg(f, 0) + " verliezen " + residents.arguments().get(0) + " bewoners en bewonersorganisaties "
                        + "elke verbinding met de gemeente, en raken " + split.arguments().get(0) + " actoren ("
                        + pct(split.arguments().get(1)) + " van het netwerk) afgesneden van de rest: het netwerk valt dan "
                        + "uiteen in " + arg(f, 2) + " stukken.");
    }

    @Test
    void structuralHole_betweenTwoTypes_spannedByOne() {
        var spanned = StakeholderNetwork.builder("h")
                .actor(Actor.of("s1", "School 1", ActorType.SCHOOL)).actor(Actor.of("s2", "School 2", ActorType.SCHOOL))
                .actor(Actor.of("s3", "School 3", ActorType.SCHOOL))
                .actor(Actor.of("c1", "Zorg 1", ActorType.CARE_WELFARE)).actor(Actor.of("c2", "Zorg 2", ActorType.CARE_WELFARE))
                .actor(Actor.of("c3", "Zorg 3", ActorType.CARE_WELFARE))
                .actor(Actor.of("v", "Verbinder Els", ActorType.BROKER))
                .tie("s1", "s2", TieKind.COLLABORATES).tie("s2", "s3", TieKind.COLLABORATES).tie("s1", "s3", TieKind.COLLABORATES)
                .tie("c1", "c2", TieKind.COLLABORATES).tie("c2", "c3", TieKind.COLLABORATES).tie("c1", "c3", TieKind.COLLABORATES)
                .tie("v", "s1", TieKind.COLLABORATES).tie("v", "c1", TieKind.COLLABORATES)
                .build();
        Finding f = networkFindings(spanned).stream().filter(x -> x.code() == FindingCode.STRUCTURAL_HOLE
                && nested(x.arguments().get(0)).key().equals("structural_hole.type_group")).findFirst().orElseThrow();
        assertThat(f.messageKey()).isEqualTo("structural_hole.no_tie");
        Message schools = nested(arg(f, 0));
        Message care = nested(arg(f, 1));
        Message who = nested(arg(f, 2));
        assertThat(schools.arguments()).containsExactly(Message.typeName(ActorType.SCHOOL), 3);
        assertThat(care.arguments()).containsExactly(Message.typeName(ActorType.CARE_WELFARE), 3);
        assertThat(who.key()).isEqualTo("structural_hole.one_spanner");
        assertThat(text(who.arguments().get(0), NL)).isEqualTo("Verbinder Els");
        bothLanguages(f, "There is no tie between the 3 school actors and the 3 care welfare actors. Verbinder Els is the "
                        + "only one with ties into both.",
                "Er is geen enkele relatie tussen de 3 actoren van het type school en de 3 actoren van het type zorg en "
                        + "welzijn. Alleen Verbinder Els heeft relaties met beide groepen.");
        assertThat(FindingMessages.suggestion(f, NL)).isEqualTo("Betrek Verbinder Els om de twee groepen te verbinden, en "
                + "leg rechtstreekse contacten, zodat het contact niet afhangt van \u00e9\u00e9n partij.");
    }

    /** Five schools in a clique, each with one resident as a leaf. */
    private static StakeholderNetwork schoolsWithResidentLeaves() {
        var b = StakeholderNetwork.builder("core");
        for (int i = 0; i < 5; i++) {
            b.actor("c" + i, ActorType.SCHOOL);
        }
        for (int i = 0; i < 5; i++) {
            b.actor("e" + i, ActorType.RESIDENT);
            b.tie("c" + i, "e" + i, TieKind.COLLABORATES);
            for (int j = i + 1; j < 5; j++) {
                b.tie("c" + i, "c" + j, TieKind.COLLABORATES);
            }
        }
        return b.build();
    }

    @Test
    void residentsAtPeriphery() {
        // leaves have no betweenness (ratio 0) and 1 tie against the schools' 5 (ratio 0.2)
        Finding f = only(networkFindings(schoolsWithResidentLeaves()), FindingCode.RESIDENTS_AT_PERIPHERY);
        assertThat(f.messageKey()).isEqualTo("residents_at_periphery");
        var parts = (Message.Listing) arg(f, 0);
        Message means = nested(parts.items().get(0));
        assertThat(means.key()).isEqualTo("residents_at_periphery.means_both");
        assertThat(means.arguments()).containsExactly(f.evidence().get("betweenness_ratio"), f.evidence().get("degree_ratio"));
        assertThat(parts.items()).hasSize(1);
        Object b = means.arguments().get(0);
        Object d = means.arguments().get(1);
        bothLanguages(f, "Residents and resident groups stand at the edge of the network: their mean betweenness is "
                        + pct(b) + " and their mean number of ties " + pct(d) + " of the other actors'.",
                "Bewoners en bewonersorganisaties staan aan de rand van het netwerk: hun gemiddelde tussenpositie is "
                        + pct(b) + " en hun gemiddelde aantal relaties " + pct(d) + " van die van de andere actoren.");
        assertThat(FindingMessages.render(f, NL)).contains("is 0% en", "relaties 20% van");
    }

    @Test
    void lowDiversity_oneTypeDominates() {
        // nine schools and a municipality: 90 % schools, Σp² = 0.82, Blau 0.18, IQV 0.18/0.9 = 0.2
        var b = StakeholderNetwork.builder("mono");
        for (int i = 0; i < 9; i++) {
            b.actor("s" + i, ActorType.SCHOOL);
            if (i > 0) {
                b.tie("s" + (i - 1), "s" + i, TieKind.COLLABORATES);
            }
        }
        b.actor("m", ActorType.MUNICIPALITY).tie("m", "s0", TieKind.FUNDS);
        Finding f = withKey(networkFindings(b.build()), "low_diversity.dominated");
        assertThat(arg(f, 0)).isEqualTo(Message.typeName(ActorType.SCHOOL));
        assertThat((double) arg(f, 1)).isCloseTo(0.9, within(1e-12));
        assertThat((double) arg(f, 2)).isCloseTo(0.2, within(1e-12));
        // the eight other types are missing, in the model's order
        bothLanguages(f, "The network is dominated by school actors (" + pct(arg(f, 1)) + " of all actors; normalised Blau "
                        + "index " + dec(arg(f, 2), 2, EN) + "). Missing entirely: resident, resident group, social entrepreneur, "
                        + "housing corporation, care welfare, business, foundation, broker.",
                "Het netwerk bestaat vooral uit actoren van het type school (" + pct(arg(f, 1)) + " van alle actoren; "
                        + "genormaliseerde Blau-index " + dec(arg(f, 2), 2, NL) + "). Helemaal afwezig: bewoner, "
                        + "bewonersorganisatie, sociaal ondernemer, woningcorporatie, zorg en welzijn, bedrijf, stichting, "
                        + "verbinder.");
        assertThat(FindingMessages.render(f, NL)).contains("(90% van alle actoren; genormaliseerde Blau-index 0,20)");
    }

    // ---------------------------------------------------------------- consortium findings (see Coalition)

    @Test
    void powerConcentration_ofTheBudget() {
        // shares 0.6, 0.2, 0.1, 0.1: HHI 0.42, as concentrated as 1/0.42 = 2.38 equal holders; the resident group
        // holds 0.2, above the community minimum, so no sentence about it; the lead is the only tie to dept1 and r3,
        // so it is also the residents' gatekeeper (its share is checked against the evidence)
        var f = only(Coalition.healthy().share("lead", 0.6).share("group", 0.2).share("school", 0.1).share("broker", 0.1)
                .assess().findings(), FindingCode.POWER_CONCENTRATION);
        assertThat(f.messageKey()).isEqualTo("power_concentration.budget_largest");
        assertThat(f.arguments().subList(0, 4)).containsExactly("Name of lead", 0.6, "Coalition C", 0.5);
        assertThat((double) arg(f, 4)).isCloseTo(0.42, within(1e-12));
        assertThat((double) arg(f, 5)).isCloseTo(1 / 0.42, within(1e-9));
        var more = ((Message.Listing) arg(f, 6)).items();
        assertThat(more).hasSize(1);
        Message gate = nested(more.get(0));
        assertThat(gate.key()).isEqualTo("power_concentration.budget.gatekeeper");
        assertThat(gate.arguments()).containsExactly("Name of lead", f.evidence().get("holder_gatekeeping_share"));
        Object gateShare = gate.arguments().get(1);
        bothLanguages(f, "Name of lead holds " + pct(arg(f, 1)) + " of the budget of Coalition C, more than the "
                        + pct(arg(f, 3)) + " the policy allows one member (budget HHI " + dec(arg(f, 4), 2, EN) + ": as "
                        + "concentrated as " + dec(arg(f, 5), 1, EN) + " equal budget holders). Name of lead is also the "
                        + "network's gatekeeper: it lies on " + pct(gateShare) + " of the shortest paths between residents and "
                        + "the municipality.",
                "Name of lead heeft " + pct(arg(f, 1)) + " van het budget van Coalition C in handen, meer dan de "
                        + pct(arg(f, 3)) + " die het beleid \u00e9\u00e9n lid toestaat (HHI van het budget "
                        + dec(arg(f, 4), 2, NL) + ": zo geconcentreerd als bij " + dec(arg(f, 5), 1, NL)
                        + " gelijke budgethouders). Name of lead is ook de poortwachter van het netwerk: " + pct(gateShare)
                        + " van de kortste paden tussen bewoners en de gemeente loopt via Name of lead.");
        assertThat(FindingMessages.render(f, NL)).contains("0,42", "2,4 gelijke");
        assertThat(FindingMessages.suggestion(f, NL)).startsWith("Verdeel de zeggenschap over het budget: geen lid boven 50%,")
                .endsWith("met een onafhankelijke verbinder tussen Name of lead en de bewoners.");
    }

    @Test
    void singlePointOfFailure_ofAMember() {
        // r4, r5 and r6 reach the consortium only through the school: 3 of its 6 resident contacts (50 %)
        var c = Coalition.healthy();
        c.actor("r5", ActorType.RESIDENT, false, false).actor("r6", ActorType.RESIDENT, false, false);
        c.tie("school", "r5").tie("school", "r6").tie("lead", "dept2");
        var f = only(c.assess().findings(), FindingCode.SINGLE_POINT_OF_FAILURE);
        assertThat(f.messageKey()).isEqualTo("single_point_of_failure.member");
        Message part = nested(((Message.Listing) arg(f, 0)).items().get(0));
        assertThat(part.arguments()).containsExactly(3, 6, "Coalition C", 0.5, "Name of school");
        assertThat(arg(f, 2)).isEqualTo("");
        bothLanguages(f, "3 of the 6 residents and resident groups that Coalition C reaches directly (50%) are tied to it "
                        + "only through Name of school: without Name of school, the coalition loses touch with them.",
                "3 van de 6 bewoners en bewonersorganisaties die Coalition C rechtstreeks bereikt (50%), zijn er alleen "
                        + "via Name of school mee verbonden: zonder Name of school verliest de coalitie het contact met hen.");
    }

    @Test
    void missingBroker_whenTheBrokerHoldsAStake() {
        // the broker holds 0.3 of the budget, above the 0.15 a connector may hold
        var f = only(Coalition.healthy().share("broker", 0.3).share("lead", 0.3).share("group", 0.2).assess().findings(),
                FindingCode.MISSING_BROKER);
        assertThat(f.messageKey()).isEqualTo("missing_broker.reasons");
        Message reason = nested(((Message.Listing) arg(f, 0)).items().get(0));
        Message why = nested(((Message.Listing) reason.arguments().get(1)).items().get(0));
        assertThat(why.arguments()).containsExactly(0.3, 0.15);
        bothLanguages(f, "Name of broker has the broker role but holds " + pct(why.arguments().get(0)) + " of the budget "
                        + "(a connector may hold at most " + pct(why.arguments().get(1)) + "): Coalition C has no independent "
                        + "connector.",
                "Name of broker heeft de rol van verbinder, maar heeft " + pct(why.arguments().get(0)) + " van het budget "
                        + "(een verbinder mag hooguit " + pct(why.arguments().get(1)) + " hebben): Coalition C heeft geen "
                        + "onafhankelijke verbinder.");
    }

    @Test
    void noResidents_fewerThanThePolicyAsks() {
        var f = only(Coalition.healthy().assess(Policy.fromMap(Map.of("resident_members_min", 2))).findings(),
                FindingCode.NO_RESIDENTS);
        assertThat(f.messageKey()).isEqualTo("no_residents.few");
        assertThat(f.arguments()).containsExactly("Coalition C", 1, 2,
                f.evidence().get("residents_reached_directly").intValue(), f.evidence().get("resident_side_total").intValue());
        bothLanguages(f, "Coalition C has only 1 resident or resident group among its members, fewer than the policy's 2: "
                        + "residents are the object of the plan, not partners in it. Its members reach " + arg(f, 3) + " of the "
                        + arg(f, 4) + " residents and resident groups directly.",
                "Coalition C heeft maar 1 bewoner of bewonersorganisatie onder zijn leden, minder dan de 2 die het beleid "
                        + "vraagt: bewoners zijn het onderwerp van het plan, geen partners erin. De leden bereiken " + arg(f, 3)
                        + " van de " + arg(f, 4) + " bewoners en bewonersorganisaties rechtstreeks.");
    }

    @Test
    void noInformalPartners() {
        var c = Coalition.healthy();
        c.actor("group", ActorType.RESIDENT_GROUP, true, false);
        var f = only(c.assess().findings(), FindingCode.NO_INFORMAL_PARTNERS);
        assertThat(f.arguments()).containsExactly("Coalition C");
        bothLanguages(f, "Every member of Coalition C is a formal organisation: informal initiatives and groups of residents "
                        + "get no place at the table, and no level playing field.",
                "Elk lid van Coalition C is een formele organisatie: informele initiatieven en groepen bewoners krijgen "
                        + "geen plaats aan tafel, en geen gelijk speelveld.");
    }

    @Test
    void diversityGap_communityWithoutSayOverTheBudget() {
        // € 65, 5, 20, 10: the informal resident group holds 5 %
        var f = withKey(Coalition.healthy().share("lead", 65).share("group", 5).share("school", 20).share("broker", 10)
                .assess().findings(), "diversity_gap.budget");
        assertThat(arg(f, 0)).isEqualTo("Coalition C");
        assertThat(text(arg(f, 1), NL)).isEqualTo("Name of group");
        assertThat((double) arg(f, 2)).isCloseTo(0.05, within(1e-12));
        bothLanguages(f, "The residents, resident groups and informal members of Coalition C (Name of group) hold "
                        + pct(arg(f, 2)) + " of its budget: present, but without say over the money.",
                "De bewoners, bewonersorganisaties en informele leden van Coalition C (Name of group) hebben "
                        + pct(arg(f, 2)) + " van het budget: ze zitten aan tafel, maar hebben geen zeggenschap over het geld.");
        assertThat(FindingMessages.suggestion(f, NL)).isEqualTo("Geef hun een eigen budgetaandeel, samen minstens 10%, om "
                + "te besteden aan wat zij zelf besluiten.");
    }

    @Test
    void unclearMunicipalRole_clientThatIsAMember() {
        var c = Coalition.healthy().member("dept1", MemberRole.PARTNER, 0.0);
        c.role = MunicipalRole.CLIENT;
        var f = only(c.assess().findings(), FindingCode.UNCLEAR_MUNICIPAL_ROLE);
        assertThat(f.messageKey()).isEqualTo("unclear_municipal_role.misfit");
        assertThat(arg(f, 1)).isEqualTo(Message.roleName(MunicipalRole.CLIENT));
        Message problem = nested(arg(f, 2));
        assertThat(problem.key()).isEqualTo("unclear_municipal_role.problem.client");
        assertThat(problem.arguments().get(1)).isEqualTo(1);
        bothLanguages(f, "The municipality's role in Coalition C (client) does not fit its members: Name of dept1 is a member, "
                        + "yet the municipality is to be the client (opdrachtgever): it would commission a consortium it sits "
                        + "in itself.",
                "De rol van de gemeente in Coalition C (opdrachtgever) past niet bij de leden: Name of dept1 is lid, "
                        + "terwijl de gemeente de opdrachtgever moet zijn: ze zou dan opdracht geven aan een consortium waar ze "
                        + "zelf in zit.");
        assertThat(c.assess().roles().municipalRoleProblem()).startsWith("Name of dept1 is a member, yet");
    }

    @Test
    void unclearMemberRoles_twoLeadsAndOneWithoutRole() {
        var f = only(Coalition.healthy().member("school", MemberRole.LEAD, 0.2).member("broker", null, 0.1).assess()
                .findings(), FindingCode.UNCLEAR_MEMBER_ROLES);
        assertThat(f.arguments().get(0)).isEqualTo("Coalition C");
        assertThat(((Message.Listing) arg(f, 1)).items()).hasSize(2);
        bothLanguages(f, "In Coalition C, Name of lead and Name of school are all lead, and Name of broker has no role: who "
                        + "does what, and who answers for it, is unclear.",
                "In Coalition C zijn Name of lead en Name of school allemaal penvoerder, en heeft Name of broker geen rol: "
                        + "wie wat doet, en wie daarop aanspreekbaar is, is onduidelijk.");
    }

    @Test
    void scaleTooLarge() {
        var c = Coalition.healthy();
        c.residents = 25_001;
        var f = only(c.assess().findings(), FindingCode.SCALE_TOO_LARGE);
        assertThat(f.arguments()).containsExactly("Coalition C", "Wijk", 25_001, 25_000);
        bothLanguages(f, "Coalition C plans for Wijk with 25,001 residents, above the neighbourhood scale of 25,000 at which "
                        + "parties and residents can still know each other.",
                "Coalition C richt zich op Wijk met 25.001 inwoners, boven de wijkschaal van 25.000 waarop partijen en "
                        + "bewoners elkaar nog kunnen kennen.");
        assertThat(FindingMessages.suggestion(f, NL)).isEqualTo("Beperk het voorstel tot \u00e9\u00e9n wijk of buurt van "
                + "hooguit 25.000 inwoners, of splits het op in coalities per buurt.");
    }

    @Test
    void disconnectedMembers_anIsolatedMember() {
        var c = Coalition.healthy();
        c.actor("fund", ActorType.FOUNDATION, true, false).tie("fund", "dept1");
        c.member("fund", MemberRole.FUNDER, null);
        var f = only(c.assess().findings(), FindingCode.DISCONNECTED_MEMBERS);
        assertThat(f.arguments().subList(0, 2)).containsExactly("Coalition C", 2);
        Message which = nested(arg(f, 2));
        assertThat(which.key()).isEqualTo("disconnected_members.isolated");
        bothLanguages(f, "The members of Coalition C fall apart into 2 pieces: Name of fund has no tie to any other member.",
                "De leden van Coalition C vallen uiteen in 2 delen: Name of fund heeft geen relatie met een ander lid.");
    }

    @Test
    void weakSupport() {
        // sixteen residents nobody in the consortium knows: 5 of 21 reached directly (24 %)
        var c = Coalition.healthy();
        for (int i = 10; i < 26; i++) {
            c.actor("x" + i, ActorType.RESIDENT, false, false);
        }
        var f = only(c.assess().findings(), FindingCode.WEAK_SUPPORT);
        assertThat(f.arguments().subList(0, 3)).containsExactly("Coalition C", 5, 21);
        assertThat((double) arg(f, 3)).isCloseTo(5 / 21.0, within(1e-12));
        assertThat(arg(f, 4)).isEqualTo(f.evidence().get("residents_trust_or_inform").intValue());
        bothLanguages(f, "Coalition C reaches only 5 of the 21 residents and resident groups directly (" + pct(arg(f, 3))
                        + "), and " + arg(f, 4) + " of them trust or inform a member: the plan rests on too few of the people "
                        + "it is for.",
                "Coalition C bereikt maar 5 van de 21 bewoners en bewonersorganisaties rechtstreeks (" + pct(arg(f, 3))
                        + "), en " + arg(f, 4) + " van hen vertrouwen of informeren een lid: het plan rust op te weinig van de "
                        + "mensen voor wie het bedoeld is.");
        assertThat(FindingMessages.render(f, NL)).contains("(24%)");
    }

    @Test
    void weakAnchoring_tiedToOneOfTwoDepartments() {
        var f = only(Coalition.healthy().untie("school", "dept2").assess().findings(), FindingCode.WEAK_ANCHORING);
        assertThat(f.messageKey()).isEqualTo("weak_anchoring");
        assertThat(f.arguments().subList(0, 3)).containsExactly("Coalition C", 1, 2);
        bothLanguages(f, "Coalition C is tied to 1 of the 2 municipal departments (Name of dept1): a coalition anchored in one "
                        + "policy department tends not to outlast that department's budget.",
                "Coalition C heeft contact met 1 van de 2 gemeentelijke afdelingen (Name of dept1): een coalitie die in "
                        + "\u00e9\u00e9n beleidsafdeling verankerd is, overleeft het budget van die afdeling meestal niet.");
    }

    // ---------------------------------------------------------------- comparison and recommendations

    @Test
    void recommendation_reasonsAndSummary_inBothLanguages() {
        // without its broker, the coalition's best addition is that broker, tied to lead, group and school
        var c = Coalition.healthy().remove("broker");
        var recs = new RecommendationAnalysis().recommend(Coalition.context(c.network(), Policy.defaults()), "c", 1);
        var best = recs.recommendations().get(0);
        assertThat(best.actor()).isEqualTo("broker");
        assertThat(best.reasons(EN)).contains("is already tied to 3 members").anySatisfy(r -> assertThat(r)
                .startsWith("resolves MISSING_BROKER"));
        assertThat(best.reasons(NL)).contains("heeft al een relatie met 3 leden").anySatisfy(r -> assertThat(r)
                .startsWith("lost MISSING_BROKER").endsWith(" op"));
        assertThat(best.reasons()).isEqualTo(best.reasons(EN));
        assertThat(best.summary(EN)).startsWith("Add Name of broker (broker): resolves");
        assertThat(best.summary(NL)).startsWith("Voeg Name of broker (verbinder) toe: lost");
        assertThat(String.valueOf(recs.asMap(NL))).contains("heeft al een relatie met 3 leden").doesNotContain("already tied");
    }

    @Test
    void comparison_explainsThePairInBothLanguages() {
        var c = Coalition.healthy();
        var network = c.network();
        var healthy = new ConsortiumAssessmentAnalysis().assess(Coalition.context(network, Policy.defaults()), "c");
        c.remove("broker");
        var without = new ConsortiumAssessmentAnalysis().assess(Coalition.context(c.network(), Policy.defaults()), "c");
        var pair = ConsortiumComparison.difference(healthy, without);
        String overall = Math.round(healthy.scores().overall()) + " against " + Math.round(without.scores().overall());
        assertThat(pair.explanation()).startsWith("Coalition C ranks above Coalition C: " + overall + " overall.")
                .contains("What decides it: bridging ");
        assertThat(pair.explanation(NL)).startsWith("Coalition C staat boven Coalition C: " + overall.replace("against", "tegen")
                + " in totaal.").contains("Doorslaggevend: verbinding ").contains("geen onafhankelijke verbinder")
                .contains("Alleen bij Coalition C: MISSING_BROKER");
    }

    @Test
    void analysisReport_writesTheConsortiumTextsInTheLanguageAskedFor() {
        var network = Coalition.healthy().remove("broker").network();
        var report = new nl.vico.analyzer.NetworkAnalyzer(new AnalysisOptions(1, 0, 42L)).analyze(network);
        var assessment = new ConsortiumAssessmentAnalysis().assess(Coalition.context(network, Policy.defaults()), "c");
        var english = (List<?>) report.consortia().get("c").get("findings");
        var dutch = (List<?>) report.consortia(NL).get("c").get("findings");
        assertThat(english).hasSize(assessment.findings().size());
        for (int i = 0; i < english.size(); i++) {
            Finding f = assessment.findings().get(i);
            assertThat(((Map<?, ?>) english.get(i)).get("message")).isEqualTo(f.message());
            assertThat(((Map<?, ?>) dutch.get(i)).get("message")).isEqualTo(FindingMessages.render(f, NL));
            assertThat(((Map<?, ?>) dutch.get(i)).get("suggestion")).isEqualTo(FindingMessages.suggestion(f, NL));
        }
        var recommendation = (Map<?, ?>) ((List<?>) report.consortia(NL).get("c").get("recommendations")).get(0);
        assertThat(String.valueOf(recommendation.get("message"))).startsWith("Voeg Name of broker (verbinder) toe: ");
        assertThat(report.consortia().get("c").get("recommendations").toString()).contains("Add Name of broker (broker): ");
        // what leaves the report is plain JSON values only: every text written out, no Message left
        assertThat(plainValues(report.toJsonTree(NL))).isTrue();
        assertThat(plainValues(report.toJsonTree())).isTrue();
    }

    private static boolean plainValues(Object tree) {
        if (tree instanceof Map<?, ?> m) {
            return m.values().stream().allMatch(FindingTextsTest::plainValues);
        }
        if (tree instanceof List<?> l) {
            return l.stream().allMatch(FindingTextsTest::plainValues);
        }
        return tree == null || tree instanceof String || tree instanceof Number || tree instanceof Boolean;
    }
}
