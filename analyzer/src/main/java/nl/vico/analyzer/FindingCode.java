package nl.vico.analyzer;

/** What a finding is about. Codes are stable: reports, tests and users' scripts rely on them. */
public enum FindingCode {
    POWER_CONCENTRATION,
    SINGLE_POINT_OF_FAILURE,
    STRUCTURAL_HOLE,
    RESIDENTS_AT_PERIPHERY,
    LOW_DIVERSITY,
    MISSING_BROKER,
    DIVERSITY_GAP,
    NO_RESIDENTS,
    NO_INFORMAL_PARTNERS,
    UNCLEAR_MUNICIPAL_ROLE,
    SCALE_TOO_LARGE,
    DISCONNECTED_MEMBERS,
    /** A consortium's members reach too few of the neighbourhood's residents and resident groups (draagvlak). */
    WEAK_SUPPORT,
    /** A consortium is tied to too few municipal departments to outlast one department's budget. */
    WEAK_ANCHORING,
    /** A consortium has no lead, more than one lead, or members without a role. */
    UNCLEAR_MEMBER_ROLES
}
