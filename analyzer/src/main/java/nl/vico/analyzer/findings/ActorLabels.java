package nl.vico.analyzer.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;

/**
 * How findings name actors in plain language: organisations by their name, residents (type
 * {@code resident}) by their id only, because they are private persons whose names do not belong in a
 * report that is shared.
 */
public final class ActorLabels {
    private ActorLabels() {
    }

    /** The actor's name, or its id when it is a resident. */
    public static String of(Actor actor) {
        return actor.type() == ActorType.RESIDENT ? actor.id() : actor.name();
    }

    /** "A", "A and B", "A, B and C", or "A, B, C and 4 others" when there are more than {@code max}. */
    public static String list(List<Actor> actors, int max) {
        var names = new ArrayList<String>();
        for (int i = 0; i < actors.size() && i < max; i++) {
            names.add(of(actors.get(i)));
        }
        int rest = actors.size() - names.size();
        if (rest > 0) {
            return String.join(", ", names) + " and " + rest + (rest == 1 ? " other" : " others");
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A share as a whole percentage, e.g. 0.738 → "74%". */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** A number with two decimals, e.g. 0.4056 → "0.41". */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A type key in words, e.g. {@code housing_corporation} → "housing corporation". */
    static String words(ActorType type) {
        return type.key().replace('_', ' ');
    }
}
