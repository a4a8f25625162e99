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
    DISCONNECTED_MEMBERS
}
