package nl.vico.model;

import java.util.Objects;

/**
 * A relation between two actors as given in {@code ties.csv}. Several ties may join the same pair
 * (one per kind, or repeated); analyses decide how to combine them.
 *
 * @param source   id of the actor the tie starts at
 * @param target   id of the actor the tie ends at
 * @param kind     what the tie stands for
 * @param weight   strength of the tie, greater than 0 (1 when not given)
 * @param directed whether the tie points from source to target only
 */
public record Tie(String source, String target, TieKind kind, double weight, boolean directed) {
    public Tie {
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a tie needs a source and a target actor id");
        }
        Objects.requireNonNull(kind, () -> "a tie needs a kind — give one of " + TieKind.spellings());
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("tie " + source + " → " + target + " has weight " + weight
                    + " — a weight must be a finite number greater than 0 (leave it empty for 1)");
        }
    }

    /** A tie with weight 1 and the kind's default direction. */
    public static Tie of(String source, String target, TieKind kind) {
        return new Tie(source, target, kind, 1.0, kind.directedByDefault());
    }

    /** True when source and target are the same actor. */
    public boolean isSelfLoop() {
        return source.equals(target);
    }
}
