package nl.vico.model;

import java.util.List;
import java.util.Optional;

/** What a tie between two actors stands for. */
public enum TieKind {
    /** Working together on something; undirected unless the data say otherwise. */
    COLLABORATES("collaborates", false),
    /** Source pays target (subsidy, grant, budget). */
    FUNDS("funds", true),
    /** Source contracts target to do work (opdrachtgever → opdrachtnemer). */
    CONTRACTS("contracts", true),
    /** Source informs target. */
    INFORMS("informs", true),
    /** Source is a member of target (a resident of a resident group, a school of a network). */
    MEMBER_OF("member_of", true),
    /** Mutual trust; undirected unless the data say otherwise. */
    TRUSTS("trusts", false);

    private final String key;
    private final boolean directedByDefault;

    TieKind(String key, boolean directedByDefault) {
        this.key = key;
        this.directedByDefault = directedByDefault;
    }

    public String key() {
        return key;
    }

    /** Whether a tie of this kind points from source to target when the data do not say. */
    public boolean directedByDefault() {
        return directedByDefault;
    }

    private static final TieKind[] VALUES = values();

    public static Optional<TieKind> parse(String text) {
        String norm = Codes.normalise(text);
        for (TieKind k : VALUES) {
            if (k.key.equals(norm)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public static List<String> spellings() {
        return Codes.spellings(values(), TieKind::key, null);
    }

    @Override
    public String toString() {
        return key;
    }
}
