package nl.vico.importer;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * The ids of a file in the order first seen, found by string or by the ASCII bytes of a value without
 * making a string of it: open addressing on {@link String#hashCode()} (for ASCII the same polynomial
 * over the bytes; spread as {@link java.util.HashMap} does, which keeps ids that count up near each
 * other in the table), the ids' UTF-8 bytes kept one after the other to compare with. Ids written as
 * plain whole numbers (0, 1, … 99999, no leading zeros), as exported networks often number their
 * actors, are also found by their value in an array, when those values are not much larger than the
 * number of ids.
 */
final class IdTable {
    private final String[] ids;
    /** The ids' UTF-8 bytes one after the other, made when first needed (ids that are numbers never need them). */
    private volatile byte[] pool;
    /** Id i's bytes are {@code pool[from[i] .. from[i + 1])}. */
    private int[] from;
    private final int[] slots;
    private final int mask;
    /** Position + 1 of the id that is the plain whole number i, 0 for none; empty when ids are not numbers. */
    private final int[] byNumber;

    IdTable(Collection<String> keys) {
        this.ids = keys.toArray(new String[0]);
        int size = 4;
        while (size < 2 * ids.length) {
            size <<= 1;
        }
        this.slots = new int[size];
        this.mask = size - 1;
        int[] numbers = new int[ids.length];
        int count = 0;
        int largest = -1;
        for (int i = 0; i < ids.length; i++) {
            String id = ids[i];
            int slot = spread(id.hashCode()) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
            int v = number(id);
            numbers[i] = v;
            if (v >= 0) {
                count++;
                largest = Math.max(largest, v);
            }
        }
        // worth an array of 4 bytes per value when most ids are numbers and the values are dense enough
        boolean dense = count > 0 && count * 2 >= ids.length && largest < 4L * ids.length + 1024;
        this.byNumber = new int[dense ? largest + 1 : 0];
        if (dense) {
            for (int i = 0; i < ids.length; i++) {
                if (numbers[i] >= 0) {
                    byNumber[numbers[i]] = i + 1;
                }
            }
        }
    }

    private synchronized void makePool() {
        if (pool != null) {
            return;
        }
        int[] from = new int[ids.length + 1];
        byte[][] encoded = new byte[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            encoded[i] = ids[i].getBytes(StandardCharsets.UTF_8);
            from[i + 1] = from[i] + encoded[i].length;
        }
        byte[] pool = new byte[from[ids.length]];
        for (int i = 0; i < ids.length; i++) {
            System.arraycopy(encoded[i], 0, pool, from[i], encoded[i].length);
        }
        this.from = from;
        this.pool = pool;
    }

    /** The value of an id that writes a whole number as digits without leading zeros (at most 9), or -1. */
    private static int number(String id) {
        int len = id.length();
        if (len == 0 || len > 9 || (id.charAt(0) == '0' && len > 1)) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < len; i++) {
            int digit = id.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            v = v * 10 + digit;
        }
        return v;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The value of bytes that write a whole number as digits without leading zeros (at most 9), or -1. */
    private static int number(byte[] d, int s, int e) {
        int len = e - s;
        if (len == 0 || len > 9 || (d[s] == '0' && len > 1)) {
            return -1;
        }
        int v = 0;
        for (int i = s; i < e; i++) {
            int digit = d[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            v = v * 10 + digit;
        }
        return v;
    }

    /** The id's position in first-seen order, or -1. */
    int find(String id) {
        int slot = spread(id.hashCode()) & mask;
        for (int a = slots[slot]; a != 0; a = slots[slot]) {
            if (ids[a - 1].equals(id)) {
                return a - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** The position of the id spelt by the ASCII bytes {@code d[s..e)}, whose string hash is {@code h}; or -1. */
    int find(byte[] d, int s, int e, int h) {
        if (byNumber.length > 0) {
            int v = number(d, s, e);
            if (v >= 0) {
                // every id that is this number is in the array, when the number is in its range
                return v < byNumber.length ? byNumber[v] - 1 : -1;
            }
        }
        byte[] pool = this.pool;
        if (pool == null) {
            makePool();
            pool = this.pool;
        }
        int len = e - s;
        int slot = spread(h) & mask;
        for (int a = slots[slot]; a != 0; a = slots[slot]) {
            int p = from[a - 1];
            if (from[a] - p == len) {
                int j = 0;
                while (j < len && pool[p + j] == d[s + j]) {
                    j++;
                }
                if (j == len) {
                    return a - 1;
                }
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    String id(int position) {
        return ids[position];
    }
}
