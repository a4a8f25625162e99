package nl.vico.analyzer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something an analysis found that a strategist should know, in plain language.
 *
 * @param code      what kind of problem
 * @param severity  how much it matters
 * @param message   one or two plain sentences naming the actors and the number, e.g. "Woonstichting X lies on
 *                  74% of the shortest paths between residents and the municipality."
 * @param actors    ids of the actors concerned (may be empty)
 * @param evidence  the measured numbers, by snake_case key
 * @param threshold the policy's threshold that the evidence crossed, or {@code null} when none applies
 * @param suggestion what would fix it, or {@code null}
 */
public record Finding(FindingCode code, Severity severity, String message, List<String> actors,
                      Map<String, Double> evidence, Double threshold, String suggestion) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        actors = List.copyOf(actors);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }
}
