package nl.vico.analyzer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Something an analysis found that a strategist should know, in plain language.
 *
 * <p>The analyses make findings with {@link #of}: their texts come from the message bundle as a {@link Message}
 * (a key and its arguments), which {@link FindingMessages#render(Finding, Locale)} writes in English or Dutch;
 * {@code message} and {@code suggestion} hold the English, so the JSON keeps its {@code message} key.
 *
 * @param code           what kind of problem
 * @param severity       how much it matters
 * @param message        one or two plain sentences naming the actors and the number, e.g. "Woonstichting X lies on
 *                       74% of the shortest paths between residents and the municipality." (English)
 * @param actors         ids of the actors concerned (may be empty)
 * @param evidence       the measured numbers, by snake_case key
 * @param threshold      the policy's threshold that the evidence crossed, or {@code null} when none applies
 * @param suggestion     what would fix it (English), or {@code null}
 * @param messageText    the message as key and arguments, to write it in another language; {@code null} when
 *                       the finding exists in English only
 * @param suggestionText the suggestion as key and arguments, or {@code null}
 */
public record Finding(FindingCode code, Severity severity, String message, List<String> actors,
                      Map<String, Double> evidence, Double threshold, String suggestion,
                      Message messageText, Message suggestionText) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        actors = List.copyOf(actors);
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** A finding whose texts exist in English only. */
    public Finding(FindingCode code, Severity severity, String message, List<String> actors,
                   Map<String, Double> evidence, Double threshold, String suggestion) {
        this(code, severity, message, actors, evidence, threshold, suggestion, null, null);
    }

    /** A finding whose message and suggestion (or {@code null}) come from the message bundle. */
    public static Finding of(FindingCode code, Severity severity, Message message, List<String> actors,
                             Map<String, Double> evidence, Double threshold, Message suggestion) {
        Objects.requireNonNull(message, "message");
        return new Finding(code, severity, FindingMessages.render(message, Locale.ENGLISH), actors, evidence, threshold,
                suggestion == null ? null : FindingMessages.render(suggestion, Locale.ENGLISH), message, suggestion);
    }

    /** The bundle key of the message, or {@code null} when the finding exists in English only. */
    public String messageKey() {
        return messageText == null ? null : messageText.key();
    }

    /** The message's arguments in order (actor labels, numbers, nested messages); empty when English only. */
    public List<Object> arguments() {
        return messageText == null ? List.of() : messageText.arguments();
    }
}
