package nl.vico.model;

import java.util.Arrays;

/**
 * Ties given by the positions of their actors, collected as columns: the compact way to hand many ties
 * to {@link StakeholderNetwork#StakeholderNetwork(String, java.util.List, TieTable, java.util.List,
 * java.util.List, java.util.List)} (a reader that already knows each actor's position, a store reading a
 * workspace back). Each tie costs 17 bytes here, against some 50 as a {@link Tie} in a list.
 *
 * <p>{@link #add} checks a tie as {@link Tie}'s constructor does; whether the positions are actors is
 * checked when the network is made. Not thread-safe; the network copies what it needs, so a table may
 * be reused afterwards.
 */
public final class TieTable {
    static final int DIRECTED = 0x80;
    private static final TieKind[] KINDS = TieKind.values();

    private int size;
    private int[] source;
    private int[] target;
    private byte[] flags;
    private double[] weight;
    /** Whether every weight so far is a {@code float} exactly, so the network may keep them as floats. */
    private boolean floats = true;

    /** An empty table with room for {@code expected} ties (it grows as needed). */
    public TieTable(int expected) {
        int cap = Math.max(expected, 4);
        source = new int[cap];
        target = new int[cap];
        flags = new byte[cap];
        weight = new double[cap];
    }

    /**
     * Adds a tie from the actor at position {@code source} to the actor at position {@code target}.
     *
     * @throws IllegalArgumentException when the kind is missing or the weight is not a finite number
     *                                  greater than 0
     */
    public TieTable add(int source, int target, TieKind kind, double weight, boolean directed) {
        if (kind == null) {
            throw new NullPointerException("a tie needs a kind — give one of " + TieKind.spellings());
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("tie " + source + " → " + target + " (actor positions) has weight "
                    + weight + " — a weight must be a finite number greater than 0 (leave it empty for 1)");
        }
        if (size == this.source.length) {
            int cap = size + (size >> 1) + 1;
            this.source = Arrays.copyOf(this.source, cap);
            this.target = Arrays.copyOf(this.target, cap);
            this.flags = Arrays.copyOf(this.flags, cap);
            this.weight = Arrays.copyOf(this.weight, cap);
        }
        this.source[size] = source;
        this.target[size] = target;
        this.flags[size] = flags(kind, directed);
        this.weight[size] = weight;
        floats &= (double) (float) weight == weight;
        size++;
        return this;
    }

    /** Adds every tie of {@code other}, in its order. */
    public TieTable addAll(TieTable other) {
        int total = size + other.size;
        if (total > source.length) {
            source = Arrays.copyOf(source, total);
            target = Arrays.copyOf(target, total);
            flags = Arrays.copyOf(flags, total);
            weight = Arrays.copyOf(weight, total);
        }
        System.arraycopy(other.source, 0, source, size, other.size);
        System.arraycopy(other.target, 0, target, size, other.size);
        System.arraycopy(other.flags, 0, flags, size, other.size);
        System.arraycopy(other.weight, 0, weight, size, other.size);
        floats &= other.floats;
        size = total;
        return this;
    }

    /** Number of ties added. */
    public int size() {
        return size;
    }

    static byte flags(TieKind kind, boolean directed) {
        return (byte) (kind.ordinal() | (directed ? DIRECTED : 0));
    }

    static TieKind kind(byte flags) {
        return KINDS[flags & ~DIRECTED & 0xff];
    }

    static boolean directed(byte flags) {
        return (flags & DIRECTED) != 0;
    }

    /**
     * The columns as arrays, {@link #size()} long, for the network to keep: the table's own arrays when
     * they are exactly full (the table never writes below {@link #size()} again, and grows into new
     * arrays), else copies.
     */
    int[] sources() {
        return size == source.length ? source : Arrays.copyOf(source, size);
    }

    int[] targets() {
        return size == target.length ? target : Arrays.copyOf(target, size);
    }

    byte[] flags() {
        return size == flags.length ? flags : Arrays.copyOf(flags, size);
    }

    double[] weights() {
        return size == weight.length ? weight : Arrays.copyOf(weight, size);
    }

    boolean floats() {
        return floats;
    }
}
