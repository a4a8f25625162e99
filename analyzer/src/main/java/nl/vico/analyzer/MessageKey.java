package nl.vico.analyzer;

/**
 * Every pattern of the message bundle {@code nl/vico/analyzer/messages*.properties} that code asks for by
 * name, with the number of arguments the code passes. The bundle also holds three families whose keys follow
 * from other enums: {@link #TYPE_PREFIX} + an actor type's key, {@link #MUNICIPALITY_PREFIX} + a municipal
 * role's key and {@link #CODE_PREFIX} + a finding code in lower case, all without arguments
 * ({@link FindingMessages#keys()} lists them all). Keys are named after the finding code and the variant.
 */
public enum MessageKey {
    // joining and listing
    JOIN_COMMA("join.comma", 2),
    JOIN_AND("join.and", 2),
    JOIN_AND_ALL("join.and_all", 2),
    JOIN_COMMA_AND("join.comma_and", 2),
    JOIN_SEMICOLON("join.semicolon", 2),
    JOIN_SEMICOLON_AND("join.semicolon_and", 2),
    JOIN_SPACE("join.space", 2),
    LIST_OTHERS("list.others", 2),
    KIND_RESIDENT_SIDE("kind.resident_side", 0),
    KIND_INFORMAL("kind.informal", 0),
    CRITERION_DIVERSITY("criterion.diversity", 0),
    CRITERION_POWER_BALANCE("criterion.power_balance", 0),
    CRITERION_BRIDGING("criterion.bridging", 0),
    CRITERION_SUPPORT("criterion.support", 0),
    CRITERION_ROLE_CLARITY("criterion.role_clarity", 0),
    CRITERION_SCALE("criterion.scale", 0),

    // network findings
    POWER_GATEKEEPER("power_concentration.gatekeeper", 3),
    POWER_GATEKEEPER_ALSO_HUB("power_concentration.gatekeeper.also_hub", 2),
    POWER_GATEKEEPER_ALSO_HUB_PLAIN("power_concentration.gatekeeper.also_hub_plain", 1),
    POWER_GATEKEEPER_SUGGESTION("power_concentration.gatekeeper.suggestion", 1),
    POWER_HUB("power_concentration.hub", 3),
    POWER_HUB_PLAIN("power_concentration.hub_plain", 2),
    POWER_HUB_SUGGESTION("power_concentration.hub.suggestion", 1),
    SPOF_NETWORK("single_point_of_failure.network", 3),
    SPOF_NETWORK_RESIDENTS("single_point_of_failure.network.residents", 1),
    SPOF_NETWORK_SPLIT("single_point_of_failure.network.split", 2),
    SPOF_NETWORK_SUGGESTION("single_point_of_failure.network.suggestion", 1),
    SPOF_NETWORK_SUGGESTION_RESIDENTS("single_point_of_failure.network.suggestion_residents", 1),
    HOLE_TYPE_GROUP("structural_hole.type_group", 2),
    HOLE_COMMUNITY_GROUP("structural_hole.community_group", 3),
    HOLE_NO_TIE("structural_hole.no_tie", 3),
    HOLE_FEW_TIES("structural_hole.few_ties", 5),
    HOLE_NOBODY("structural_hole.nobody", 0),
    HOLE_ONE_SPANNER("structural_hole.one_spanner", 1),
    HOLE_SPANNERS("structural_hole.spanners", 1),
    HOLE_SUGGESTION("structural_hole.suggestion", 0),
    HOLE_SUGGESTION_SPANNERS("structural_hole.suggestion_spanners", 2),
    PERIPHERY("residents_at_periphery", 1),
    PERIPHERY_MEANS_BOTH("residents_at_periphery.means_both", 2),
    PERIPHERY_MEANS_BETWEENNESS("residents_at_periphery.means_betweenness", 1),
    PERIPHERY_MEANS_DEGREE("residents_at_periphery.means_degree", 1),
    PERIPHERY_CENTRAL("residents_at_periphery.central", 3),
    PERIPHERY_SUGGESTION("residents_at_periphery.suggestion", 0),
    LOW_DIVERSITY_DOMINATED("low_diversity.dominated", 4),
    LOW_DIVERSITY_MISSING("low_diversity.missing", 1),
    LOW_DIVERSITY_SUGGESTION("low_diversity.suggestion", 0),
    LOW_DIVERSITY_SUGGESTION_MISSING("low_diversity.suggestion_missing", 1),
    LOW_DIVERSITY_INFORMAL("low_diversity.informal", 4),
    LOW_DIVERSITY_INFORMAL_SUGGESTION("low_diversity.informal.suggestion", 0),
    LOW_DIVERSITY_NEWCOMERS("low_diversity.newcomers", 4),
    LOW_DIVERSITY_NEWCOMERS_SUGGESTION("low_diversity.newcomers.suggestion", 0),

    // consortium findings
    BUDGET_LARGEST("power_concentration.budget_largest", 7),
    BUDGET_HHI("power_concentration.budget_hhi", 7),
    BUDGET_GATEKEEPER("power_concentration.budget.gatekeeper", 2),
    BUDGET_COMMUNITY("power_concentration.budget.community", 1),
    BUDGET_SUGGESTION("power_concentration.budget.suggestion", 1),
    BUDGET_SUGGESTION_CONNECTOR("power_concentration.budget.suggestion_connector", 2),
    SPOF_MEMBER("single_point_of_failure.member", 3),
    SPOF_MEMBER_RESIDENTS("single_point_of_failure.member.residents", 5),
    SPOF_MEMBER_ANCHORING("single_point_of_failure.member.anchoring", 3),
    SPOF_MEMBER_ANCHORING_FIRST("single_point_of_failure.member.anchoring_first", 3),
    SPOF_MEMBER_POWER("single_point_of_failure.member.power", 2),
    SPOF_MEMBER_LEADS("single_point_of_failure.member.leads", 0),
    SPOF_MEMBER_BUDGET("single_point_of_failure.member.budget", 1),
    SPOF_MEMBER_GATEKEEPER("single_point_of_failure.member.gatekeeper", 1),
    SPOF_MEMBER_SUGGESTION_RESIDENTS("single_point_of_failure.member.suggestion_residents", 2),
    SPOF_MEMBER_SUGGESTION_DEPARTMENTS("single_point_of_failure.member.suggestion_departments", 2),
    BROKER_NONE("missing_broker.none", 1),
    BROKER_REASONS("missing_broker.reasons", 2),
    BROKER_REASON("missing_broker.reason", 2),
    BROKER_NOT_INDEPENDENT("missing_broker.not_independent", 2),
    BROKER_NOT_CONNECTING("missing_broker.not_connecting", 1),
    BROKER_SUGGESTION("missing_broker.suggestion", 0),
    BROKER_SUGGESTION_CANDIDATE("missing_broker.suggestion_candidate", 1),
    BROKER_SUGGESTION_CANDIDATE_TIED("missing_broker.suggestion_candidate_tied", 2),
    NO_RESIDENTS_NONE("no_residents.none", 4),
    NO_RESIDENTS_FEW("no_residents.few", 5),
    NO_RESIDENTS_SUGGESTION("no_residents.suggestion", 0),
    NO_RESIDENTS_SUGGESTION_EXAMPLE("no_residents.suggestion_example", 1),
    NO_INFORMAL_NONE("no_informal_partners.none", 1),
    NO_INFORMAL_FEW("no_informal_partners.few", 3),
    NO_INFORMAL_SUGGESTION("no_informal_partners.suggestion", 0),
    NO_INFORMAL_SUGGESTION_EXAMPLE("no_informal_partners.suggestion_example", 1),
    GAP_KINDS("diversity_gap.kinds", 2),
    GAP_KINDS_SUGGESTION("diversity_gap.kinds.suggestion", 1),
    GAP_IQV("diversity_gap.iqv", 4),
    GAP_IQV_SUGGESTION("diversity_gap.iqv.suggestion", 0),
    GAP_NEWCOMERS_NONE("diversity_gap.newcomers_none", 1),
    GAP_NEWCOMERS_FEW("diversity_gap.newcomers_few", 2),
    GAP_NEWCOMERS_SUGGESTION("diversity_gap.newcomers.suggestion", 0),
    GAP_BUDGET("diversity_gap.budget", 3),
    GAP_BUDGET_SUGGESTION("diversity_gap.budget.suggestion", 1),
    DISCONNECTED("disconnected_members", 3),
    DISCONNECTED_DETACHED("disconnected_members.detached", 2),
    DISCONNECTED_ISOLATED("disconnected_members.isolated", 2),
    DISCONNECTED_SUGGESTION("disconnected_members.suggestion", 2),
    ROLE_UNSTATED("unclear_municipal_role.unstated", 1),
    ROLE_UNSTATED_SUGGESTION("unclear_municipal_role.unstated.suggestion", 0),
    ROLE_UNSTATED_SUGGESTION_DEPARTMENTS("unclear_municipal_role.unstated.suggestion_departments", 1),
    ROLE_MISFIT("unclear_municipal_role.misfit", 3),
    ROLE_MISFIT_SUGGESTION("unclear_municipal_role.misfit.suggestion", 0),
    ROLE_PROBLEM_CLIENT("unclear_municipal_role.problem.client", 2),
    ROLE_PROBLEM_FACILITATOR("unclear_municipal_role.problem.facilitator", 2),
    ROLE_PROBLEM_NONE("unclear_municipal_role.problem.none", 2),
    ROLE_PROBLEM_PARTNER_ABSENT("unclear_municipal_role.problem.partner_absent", 0),
    MEMBER_ROLES("unclear_member_roles", 2),
    MEMBER_ROLES_NO_LEAD("unclear_member_roles.no_lead", 0),
    MEMBER_ROLES_SEVERAL_LEADS("unclear_member_roles.several_leads", 1),
    MEMBER_ROLES_WITHOUT("unclear_member_roles.without", 2),
    MEMBER_ROLES_SUGGESTION("unclear_member_roles.suggestion", 0),
    SCALE("scale_too_large", 4),
    SCALE_SUGGESTION("scale_too_large.suggestion", 1),
    SCALE_SUGGESTION_EXAMPLE("scale_too_large.suggestion_example", 3),
    WEAK_SUPPORT("weak_support", 5),
    WEAK_SUPPORT_SUGGESTION("weak_support.suggestion", 0),
    WEAK_SUPPORT_SUGGESTION_EXAMPLE("weak_support.suggestion_example", 1),
    WEAK_ANCHORING_NONE("weak_anchoring.none", 2),
    WEAK_ANCHORING("weak_anchoring", 4),
    WEAK_ANCHORING_SUGGESTION("weak_anchoring.suggestion", 1),

    // comparison of proposals
    COMPARISON("comparison.explanation", 1),
    COMPARISON_NO_SCORE("comparison.no_score", 3),
    COMPARISON_TIE("comparison.tie", 3),
    COMPARISON_ABOVE("comparison.above", 4),
    COMPARISON_DECIDES("comparison.decides", 1),
    COMPARISON_DECIDING("comparison.deciding", 5),
    COMPARISON_BETTER("comparison.better", 2),
    COMPARISON_BETTER_ON("comparison.better_on", 5),
    COMPARISON_ONLY("comparison.only", 2),
    NOTE_DIVERSITY("comparison.note.diversity", 4),
    NOTE_POWER("comparison.note.power", 2),
    NOTE_POWER_NONE("comparison.note.power_none", 0),
    NOTE_BRIDGING("comparison.note.bridging", 3),
    NOTE_NO_CONNECTOR("comparison.note.no_connector", 0),
    NOTE_CONNECTOR("comparison.note.connector", 1),
    NOTE_PIECES("comparison.note.pieces", 1),
    NOTE_SUPPORT("comparison.note.support", 2),
    NOTE_SUPPORT_DEPARTMENTS("comparison.note.support_departments", 1),
    NOTE_ROLE_UNSTATED("comparison.note.role_unstated", 0),
    NOTE_ROLE("comparison.note.role", 1),
    NOTE_ROLE_INCONSISTENT("comparison.note.role_inconsistent", 1),
    NOTE_WITHOUT_ROLE("comparison.note.without_role", 1),
    NOTE_LEADS("comparison.note.leads", 1),
    NOTE_SCALE_UNKNOWN("comparison.note.scale_unknown", 0),
    NOTE_SCALE("comparison.note.scale", 1),

    // recommendations
    RECOMMENDATION("recommendation", 3),
    RECOMMENDATION_PLAIN("recommendation.plain", 2),
    REASON_RESOLVES("recommendation.resolves", 1),
    REASON_FILLS("recommendation.fills", 1),
    REASON_ADDS_TYPE("recommendation.adds_type", 1),
    REASON_NEWCOMER("recommendation.newcomer", 0),
    REASON_NO_TIE("recommendation.no_tie", 0),
    REASON_TIED("recommendation.tied", 1),
    REASON_PIECES("recommendation.pieces", 1),
    REASON_COMMUNITIES("recommendation.communities", 1),
    REASON_RESIDENTS("recommendation.residents", 1),
    REASON_DEPARTMENTS("recommendation.departments", 1),
    REASON_CONSTRAINT("recommendation.constraint", 2),
    REASON_NO_BUDGET("recommendation.no_budget", 0),
    REASON_NO_BUDGET_HHI("recommendation.no_budget_hhi", 1),
    REASON_BRINGS("recommendation.brings", 1),
    REASON_BRINGS_UNTIED("recommendation.brings_untied", 1);

    /** Key prefix of the actor type names: {@code type.housing_corporation}. */
    public static final String TYPE_PREFIX = "type.";
    /** Key prefix of the municipal role names: {@code municipality.client}. */
    public static final String MUNICIPALITY_PREFIX = "municipality.";
    /** Key prefix of the finding codes' titles: {@code code.power_concentration}. */
    public static final String CODE_PREFIX = "code.";

    private final String key;
    private final int arity;

    MessageKey(String key, int arity) {
        this.key = key;
        this.arity = arity;
    }

    /** The key in the bundle. */
    public String key() {
        return key;
    }

    /** How many arguments the code passes. */
    public int arity() {
        return arity;
    }
}
