package nl.vico.importer.neo4j;

import java.util.Arrays;

/**
 * Positions by Neo4j node id: an open-addressing hash map from {@code long} to {@code int} without boxing,
 * used while reading a workspace back (about 16 bytes per entry instead of about 80 for a
 * {@code HashMap<Long, Integer>}). Not thread-safe.
 */
final class NodeIds {
    private static final long EMPTY = Long.MIN_VALUE;
    private final long[] keys;
    private final int[] values;
    private final int mask;
    private final int limit;
    private int size;

    /** @param expected the number of entries to hold; the table never grows beyond it */
    NodeIds(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
        mask = capacity - 1;
        limit = expected;
    }

    /** Remembers {@code value} for {@code key}; a key given twice is a corrupt read. */
    void put(long key, int value) {
        if (key == EMPTY || size >= limit) {
            throw new IllegalStateException("node id " + key + " cannot be stored: " + size + " of " + limit
                    + " entries used — the workspace changed while it was read; read it again");
        }
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                throw new IllegalStateException("node id " + key + " was read twice — the workspace changed while it was"
                        + " read; read it again");
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
    }

    /** The value stored for {@code key}, or -1. */
    int get(long key) {
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int size() {
        return size;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
