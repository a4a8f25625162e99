package nl.vico.analyzer.holes;

/**
 * Burt's structural-hole measures of every actor for one reading of the ties (binary or weighted),
 * by actor index. Undefined values (an isolate's constraint, effective size and efficiency) are
 * {@code null} from the accessors; internally they are NaN. Immutable.
 */
public final class BurtMeasures {
    private final double[] constraint;
    private final double[] effectiveSize;
    private final double[] efficiency;
    private final double[] hierarchy;

    BurtMeasures(double[] constraint, double[] effectiveSize, double[] efficiency, double[] hierarchy) {
        this.constraint = constraint;
        this.effectiveSize = effectiveSize;
        this.efficiency = efficiency;
        this.hierarchy = hierarchy;
    }

    /** Number of actors. */
    public int size() {
        return constraint.length;
    }

    /** Burt's aggregate constraint C_i; {@code null} for an isolate. */
    public Double constraint(int actor) {
        return boxed(constraint[actor]);
    }

    /** Burt's effective size; {@code null} for an isolate. */
    public Double effectiveSize(int actor) {
        return boxed(effectiveSize[actor]);
    }

    /** Effective size divided by the number of contacts; {@code null} for an isolate. */
    public Double efficiency(int actor) {
        return boxed(efficiency[actor]);
    }

    /**
     * Burt's hierarchy: how much of the constraint is concentrated on one contact. By convention 0 for
     * an isolate (no constraint to concentrate) and 1 for exactly one contact (all of it on that one).
     */
    public double hierarchy(int actor) {
        return hierarchy[actor];
    }

    private static Double boxed(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
