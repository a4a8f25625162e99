package nl.vico.analyzer.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingMessages;

/**
 * The assembled result of {@code vico analyze}: an ordered document with the parts
 * {@code network}, {@code actors} (by actor id), {@code consortia} (by consortium id), {@code groups}
 * and {@code findings}. Keys are the stable snake_case names of the JSON contract; later versions add
 * keys and never rename them.
 *
 * <p>Values are plain JSON values only: {@link String}, {@link Number} (finite; an undefined value is
 * {@code null}, never NaN), {@link Boolean}, {@code null}, {@link List} and {@link Map} of these.
 * The typed results stay in each analysis; this document is what crosses into the command line, the
 * server and the exports, so they serialise it without knowing each key.
 *
 * <p>Texts are written in a language only when they are read: the findings through
 * {@link FindingMessages#render(Finding, Locale)}, and a consortium value may hold a {@link nl.vico.analyzer.Message}
 * (a finding's message, a recommendation's reasons) that {@link #consortia(Locale)} and
 * {@link #toJsonTree(Locale)} write in the language asked for; the methods without a locale give English.
 */
public final class AnalysisReport {
    private final Map<String, Object> network;
    private final Map<String, Map<String, Object>> actors;
    private final Map<String, Map<String, Object>> consortia;
    private final Map<String, Object> groups;
    private final List<Finding> findings;
    private final Map<Locale, Map<String, Map<String, Object>>> consortiaByLanguage = new ConcurrentHashMap<>();

    private AnalysisReport(Builder b) {
        this.network = freeze(b.network);
        var a = new LinkedHashMap<String, Map<String, Object>>();
        b.actors.forEach((k, v) -> a.put(k, freeze(v)));
        this.actors = Collections.unmodifiableMap(a);
        var c = new LinkedHashMap<String, Map<String, Object>>();
        b.consortia.forEach((k, v) -> c.put(k, freeze(v)));
        this.consortia = Collections.unmodifiableMap(c);
        this.groups = freeze(b.groups);
        this.findings = List.copyOf(b.findings);
    }

    private static Map<String, Object> freeze(Map<String, Object> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Network-level values by key. */
    public Map<String, Object> network() {
        return network;
    }

    /** Per-actor values: actor id → key → value, actors in dataset order. */
    public Map<String, Map<String, Object>> actors() {
        return actors;
    }

    /** Per-consortium values: consortium id → key → value; texts in English. */
    public Map<String, Map<String, Object>> consortia() {
        return consortia(Locale.ENGLISH);
    }

    /** Per-consortium values with their texts (findings, recommendations) in the language of {@code locale}. */
    public Map<String, Map<String, Object>> consortia(Locale locale) {
        return consortiaByLanguage.computeIfAbsent(FindingMessages.language(locale), language -> {
            var c = new LinkedHashMap<String, Map<String, Object>>();
            consortia.forEach((k, v) -> c.put(k, Collections.unmodifiableMap(FindingMessages.localiseMap(v, language))));
            return Collections.unmodifiableMap(c);
        });
    }

    /** Group-level values (by actor type, by community, …). */
    public Map<String, Object> groups() {
        return groups;
    }

    public List<Finding> findings() {
        return findings;
    }

    /**
     * The whole report as one ordered tree of plain JSON values, findings included as maps with the keys
     * {@code code, severity, message, actors, evidence, threshold, suggestion}; texts in English.
     */
    public Map<String, Object> toJsonTree() {
        return toJsonTree(Locale.ENGLISH);
    }

    /** {@link #toJsonTree()} with the findings' and recommendations' texts in the language of {@code locale}. */
    public Map<String, Object> toJsonTree(Locale locale) {
        var root = new LinkedHashMap<String, Object>();
        root.put("network", network);
        root.put("actors", actors);
        root.put("consortia", consortia(locale));
        root.put("groups", groups);
        var list = new ArrayList<Map<String, Object>>();
        for (Finding f : findings) {
            var m = new LinkedHashMap<String, Object>();
            m.put("code", f.code().name());
            m.put("severity", f.severity().key());
            m.put("message", FindingMessages.render(f, locale));
            m.put("actors", f.actors());
            m.put("evidence", f.evidence());
            m.put("threshold", f.threshold());
            m.put("suggestion", FindingMessages.suggestion(f, locale));
            list.add(m);
        }
        root.put("findings", list);
        return root;
    }

    /** Collects the values; not thread-safe; sections write to it one after another. */
    public static final class Builder {
        private final Map<String, Object> network = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> actors = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> consortia = new LinkedHashMap<>();
        private final Map<String, Object> groups = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();

        private Builder() {
        }

        /** Sets a network-level value; NaN and infinities become null. */
        public Builder network(String key, Object value) {
            network.put(key, clean(value));
            return this;
        }

        /** Sets a value of one actor; the actor's entry is created in call order. */
        public Builder actor(String actorId, String key, Object value) {
            actors.computeIfAbsent(actorId, k -> new LinkedHashMap<>()).put(key, clean(value));
            return this;
        }

        /** Sets a value of one consortium. */
        public Builder consortium(String consortiumId, String key, Object value) {
            consortia.computeIfAbsent(consortiumId, k -> new LinkedHashMap<>()).put(key, clean(value));
            return this;
        }

        /** Sets a group-level value. */
        public Builder group(String key, Object value) {
            groups.put(key, clean(value));
            return this;
        }

        public Builder finding(Finding f) {
            findings.add(f);
            return this;
        }

        public AnalysisReport build() {
            return new AnalysisReport(this);
        }

        private static Object clean(Object value) {
            if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
                return null;
            }
            if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
                return null;
            }
            return value;
        }
    }
}
