package nl.vico.app.web.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vico.analyzer.assessment.Criterion;
import nl.vico.analyzer.findings.Policy;
import nl.vico.app.web.problem.BadRequestException;
import nl.vico.app.web.problem.BadRequestException.FieldProblem;
import nl.vico.model.Codes;

/**
 * The criterion weights a request gives, as the command line's {@code --weight criterion=w}: in a query as
 * repeated {@code weight=criterion=w} (e.g. {@code ?weight=power_balance=2&weight=scale=0}), in a JSON body as
 * {@code "weights": {"power_balance": 2}}. Criteria not given keep their default weight (1); 0 leaves a
 * criterion out; only the ratios matter. Every wrong entry is reported at once, naming the nearest criterion.
 *
 * @param given the weights given, by criterion (empty: the defaults)
 */
record Weights(Map<Criterion, Double> given) {
    /** Well above any sensible ratio between two criteria; keeps numbers finite and readable. */
    static final double MAX = 1000;

    Weights {
        var copy = new EnumMap<Criterion, Double>(Criterion.class);
        copy.putAll(given);
        given = java.util.Collections.unmodifiableMap(copy);
    }

    static Weights none() {
        return new Weights(Map.of());
    }

    /** From query values {@code criterion=w}. */
    static Weights parse(List<String> values) {
        var entries = new ArrayList<Map.Entry<String, Object>>();
        var problems = new ArrayList<FieldProblem>();
        for (String v : values == null ? List.<String>of() : values) {
            int eq = v.indexOf('=');
            if (eq < 0) {
                problems.add(new FieldProblem("weight", "weight " + v + ": write criterion=number, e.g. weight=power_balance=2"));
            } else {
                entries.add(Map.entry(v.substring(0, eq), v.substring(eq + 1)));
            }
        }
        return of(entries, problems);
    }

    /** From a JSON object {criterion: number}. */
    static Weights of(Map<String, ?> map) {
        var entries = new ArrayList<Map.Entry<String, Object>>();
        if (map != null) {
            map.forEach((k, v) -> entries.add(new java.util.AbstractMap.SimpleEntry<>(k, v)));
        }
        return of(entries, new ArrayList<>());
    }

    private static Weights of(List<Map.Entry<String, Object>> entries, List<FieldProblem> problems) {
        var given = new EnumMap<Criterion, Double>(Criterion.class);
        for (var e : entries) {
            String key = e.getKey().strip();
            Object raw = e.getValue();
            String shown = "weight " + key + "=" + raw;
            var criterion = Criterion.parse(key);
            if (criterion.isEmpty()) {
                problems.add(new FieldProblem("weight", shown + ": there is no criterion '" + key + "'"
                        + Codes.nearest(key, Criterion.keys()).map(s -> " — did you mean " + s + "?").orElse("")
                        + " (criteria: " + String.join(", ", Criterion.keys()) + ")"));
                continue;
            }
            Double w = number(raw);
            if (w == null || !Double.isFinite(w)) {
                problems.add(new FieldProblem("weight", shown + ": the weight must be a number, e.g. "
                        + criterion.get().key() + "=2"));
            } else if (w < 0 || w > MAX) {
                problems.add(new FieldProblem("weight", shown + ": give a weight from 0 (leave the criterion out) to "
                        + (int) MAX));
            } else if (given.put(criterion.get(), w) != null) {
                problems.add(new FieldProblem("weight", shown + ": " + criterion.get().key()
                        + " is given twice — give each criterion once"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems.size() == 1 ? problems.get(0).message()
                    : problems.size() + " weights cannot be used: see 'errors'", problems);
        }
        var weights = new Weights(given);
        weights.policy(); // all zero is refused here, before any work starts
        return weights;
    }

    private static Double number(Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The default policy with these weights. */
    Policy policy() {
        if (given.isEmpty()) {
            return Policy.defaults();
        }
        var values = new LinkedHashMap<String, Object>();
        given.forEach((c, w) -> values.put(c.weightKey(), w));
        try {
            return Policy.fromMap(values);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("weight: " + e.getMessage());
        }
    }
}
