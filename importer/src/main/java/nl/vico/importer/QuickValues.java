package nl.vico.importer;

import nl.vico.importer.csv.CsvTable;
import nl.vico.model.TieKind;
import nl.vico.model.TieTable;

/**
 * Reads a tie row straight from a file's bytes when its values are plain: unquoted ASCII, actor ids
 * that exist, a tie kind as written in the format, a weight of digits with at most one decimal point,
 * a yes/no word. For anything else it answers "not plain" (never a problem): the reader then reads the
 * row the slow way, which checks it and words the problem. Whatever is accepted here, the slow way
 * would read as the same tie: the same trimming of blanks, the same case folding of codes, the same
 * {@code double} for a number.
 */
final class QuickValues {
    static final TieKind[] KINDS = TieKind.values();
    private static final byte[][] KIND_KEYS = new byte[KINDS.length][];
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        for (int i = 0; i < KINDS.length; i++) {
            KIND_KEYS[i] = KINDS[i].key().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private QuickValues() {
    }

    /** ASCII blanks as {@link Character#isWhitespace} has them, by byte value up to the space. */
    private static final boolean[] BLANK = new boolean[33];

    static {
        for (int b = 0; b <= ' '; b++) {
            BLANK[b] = CsvTable.isAsciiWhitespace(b);
        }
    }

    /**
     * Adds the tie of record {@code row} to {@code ties} when all its values are plain (see the class
     * comment), reading the bytes in place; false, and nothing added, otherwise. The columns are the
     * header positions of source, target and kind, and of weight and directed or -1 when absent. One
     * method without calls per value, so that it runs fast even before the JIT compiles it.
     */
    static boolean tie(CsvTable csv, int row, int source, int target, int kind, int weight, int directed,
                       IdTable ids, TieTable ties) {
        byte[] d = csv.bytes();
        int[] st = csv.starts();
        int[] en = csv.ends();
        int f = csv.first(row);
        int from = actor(d, st[f + source], en[f + source], ids);
        int to = from < 0 ? -1 : actor(d, st[f + target], en[f + target], ids);
        if (to < 0) {
            return false;
        }
        // the kind, folded as Codes.normalise does: lower case, blank and hyphen as underscore
        int c = f + kind;
        int s = st[c];
        int e = en[c];
        if (s < 0) {
            return false;
        }
        s = afterLeadingBlanks(d, s, e);
        e = beforeTrailingBlanks(d, s, e);
        TieKind tieKind = null;
        for (int k = 0; k < KIND_KEYS.length && tieKind == null; k++) {
            byte[] key = KIND_KEYS[k];
            if (key.length != e - s) {
                continue;
            }
            int j = 0;
            while (j < key.length) {
                int b = d[s + j];
                if (b >= 'A' && b <= 'Z') {
                    b += 'a' - 'A';
                } else if (b == ' ' || b == '-') {
                    b = '_';
                }
                if (b != key[j]) {
                    break;
                }
                j++;
            }
            if (j == key.length) {
                tieKind = KINDS[k];
            }
        }
        if (tieKind == null) {
            return false;
        }
        double w = 1.0;
        if (weight >= 0) {
            c = f + weight;
            s = st[c];
            e = en[c];
            if (s < 0) {
                return false;
            }
            s = afterLeadingBlanks(d, s, e);
            e = beforeTrailingBlanks(d, s, e);
            if (s < e) {
                w = decimal(d, s, e);
                if (!(w > 0)) {
                    return false;
                }
            }
        }
        boolean dir = tieKind.directedByDefault();
        if (directed >= 0) {
            c = f + directed;
            s = st[c];
            e = en[c];
            if (s < 0) {
                return false;
            }
            s = afterLeadingBlanks(d, s, e);
            e = beforeTrailingBlanks(d, s, e);
            if (s < e) {
                int yes = yesNo(d, s, e);
                if (yes < 0) {
                    return false;
                }
                dir = yes == 1;
            }
        }
        ties.add(from, to, tieKind, w, dir);
        return true;
    }

    /** The first position from s on, before e, that is not ASCII blank (e when all are). */
    private static int afterLeadingBlanks(byte[] d, int s, int e) {
        while (s < e && d[s] <= ' ' && d[s] >= 0 && BLANK[d[s]]) {
            s++;
        }
        return s;
    }

    /** The end of d[s..e) without the ASCII blanks at its end. */
    private static int beforeTrailingBlanks(byte[] d, int s, int e) {
        while (e > s && d[e - 1] <= ' ' && d[e - 1] >= 0 && BLANK[d[e - 1]]) {
            e--;
        }
        return e;
    }

    /** The position of the actor whose id the unquoted value {@code d[s..e)} spells, or -1. */
    private static int actor(byte[] d, int s, int e, IdTable ids) {
        if (s < 0) {
            return -1;
        }
        s = afterLeadingBlanks(d, s, e);
        e = beforeTrailingBlanks(d, s, e);
        if (s == e) {
            return -1;
        }
        int h = 0;
        for (int i = s; i < e; i++) {
            byte b = d[i];
            if (b < 0) {
                return -1;
            }
            h = 31 * h + b;
        }
        return ids.find(d, s, e, h);
    }

    /** A plain decimal's value exactly as {@link Double#parseDouble} gives it (a whole number m of at most 18 digits in 1..2^53 over 10^decimals with at most 22 decimals: both exact doubles, and the division rounds correctly), or NaN. */
    private static double decimal(byte[] d, int s, int e) {
        int i = d[s] == '+' ? s + 1 : s;
        long m = 0;
        int digits = 0;
        int decimals = -1;
        for (; i < e; i++) {
            byte b = d[i];
            if (b >= '0' && b <= '9') {
                if (++digits > 18) {
                    return Double.NaN;
                }
                m = m * 10 + (b - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (b == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (m == 0 || m > 1L << 53 || decimals > 22) {
            return Double.NaN;
        }
        return decimals <= 0 ? (double) m : m / POWERS_OF_TEN[decimals];
    }

    /** 1 for a yes word, 0 for a no word (as the reader's bool accepts them), -1 for anything else. */
    private static int yesNo(byte[] d, int s, int e) {
        switch (e - s) {
            case 1 -> {
                return d[s] == '1' ? 1 : d[s] == '0' ? 0 : -1;
            }
            case 2 -> {
                return is(d, s, "ja") ? 1 : is(d, s, "no") ? 0 : -1;
            }
            case 3 -> {
                return is(d, s, "yes") ? 1 : is(d, s, "nee") ? 0 : -1;
            }
            case 4 -> {
                return is(d, s, "true") ? 1 : -1;
            }
            case 5 -> {
                return is(d, s, "false") ? 0 : -1;
            }
            default -> {
                return -1;
            }
        }
    }

    /** Whether the bytes from s spell the lower-case ASCII word, ignoring ASCII case. */
    private static boolean is(byte[] d, int s, String word) {
        for (int j = 0; j < word.length(); j++) {
            byte b = d[s + j];
            int lower = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
            if (lower != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
