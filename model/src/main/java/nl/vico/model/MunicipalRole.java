package nl.vico.model;

import java.util.List;
import java.util.Optional;

/** The role the municipality takes towards a consortium. A consortium whose role is not given has it undefined. */
public enum MunicipalRole {
    /** Commissioning client (opdrachtgever): the municipality buys the task from the consortium. */
    CLIENT("client", "opdrachtgever"),
    /** Facilitator (facilitator): the municipality enables, but does not commission. */
    FACILITATOR("facilitator", "facilitator"),
    /** Equal partner (gelijkwaardige partner) inside the coalition. */
    PARTNER("partner", "partner"),
    /** No role (geen): the coalition works without the municipality. */
    NONE("none", "geen");

    private final String key;
    private final String dutch;

    MunicipalRole(String key, String dutch) {
        this.key = key;
        this.dutch = dutch;
    }

    public String key() {
        return key;
    }

    public String dutch() {
        return dutch;
    }

    private static final MunicipalRole[] VALUES = values();

    public static Optional<MunicipalRole> parse(String text) {
        String norm = Codes.normalise(text);
        for (MunicipalRole r : VALUES) {
            if (r.key.equals(norm) || r.dutch.equals(norm)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static List<String> spellings() {
        return Codes.spellings(values(), MunicipalRole::key, MunicipalRole::dutch);
    }

    @Override
    public String toString() {
        return key;
    }
}
