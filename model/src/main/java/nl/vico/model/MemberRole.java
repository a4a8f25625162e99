package nl.vico.model;

import java.util.List;
import java.util.Optional;

/** The role an actor takes inside a consortium. */
public enum MemberRole {
    /** Lead party (penvoerder). */
    LEAD("lead", "penvoerder"),
    /** Partner. */
    PARTNER("partner", "partner"),
    /** Independent connector between the members (verbinder). */
    BROKER("broker", "verbinder"),
    /** Carries out the work (uitvoerder). */
    EXECUTOR("executor", "uitvoerder"),
    /** Brings money (financier). */
    FUNDER("funder", "financier");

    private final String key;
    private final String dutch;

    MemberRole(String key, String dutch) {
        this.key = key;
        this.dutch = dutch;
    }

    public String key() {
        return key;
    }

    public String dutch() {
        return dutch;
    }

    private static final MemberRole[] VALUES = values();

    public static Optional<MemberRole> parse(String text) {
        String norm = Codes.normalise(text);
        for (MemberRole r : VALUES) {
            if (r.key.equals(norm) || r.dutch.equals(norm)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static List<String> spellings() {
        return Codes.spellings(values(), MemberRole::key, MemberRole::dutch);
    }

    @Override
    public String toString() {
        return key;
    }
}
