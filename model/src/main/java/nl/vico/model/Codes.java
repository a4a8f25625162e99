package nl.vico.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Helpers for the enumerated codes of the data format: normalising spellings and suggesting the nearest one. */
public final class Codes {
    private Codes() {
    }

    /** Lower case, trimmed, with spaces and hyphens read as underscores. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    static <E> List<String> spellings(E[] values, Function<E, String> key, Function<E, String> alias) {
        var all = new LinkedHashSet<String>();
        for (E e : values) {
            all.add(key.apply(e));
        }
        if (alias != null) {
            for (E e : values) {
                all.add(alias.apply(e));
            }
        }
        return List.copyOf(new ArrayList<>(all));
    }

    /**
     * The candidate closest to {@code text} by edit distance, if it is close enough to be a plausible
     * typo (at most a third of its length, at least 2 edits allowed) or shares a prefix of 3 characters.
     */
    public static Optional<String> nearest(String text, List<String> candidates) {
        String norm = normalise(text);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = editDistance(norm, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(2, best.length() / 3);
        if (bestDistance <= allowed) {
            return Optional.of(best);
        }
        for (String c : candidates) {
            if (norm.length() >= 3 && (c.startsWith(norm) || norm.startsWith(c.substring(0, Math.min(3, c.length()))))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Levenshtein distance with unit costs. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
