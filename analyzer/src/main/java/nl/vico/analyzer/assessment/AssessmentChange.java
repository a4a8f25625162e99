package nl.vico.analyzer.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.FindingMessages;

/**
 * The difference between two assessments of one consortium, before and after a change of members (a
 * what-if, or a recommended addition): who joined and left, the findings that disappear, appear and remain,
 * and how each score moves. Two findings are the same when they have the same code and carry the same evidence
 * keys (so that, e.g., the DIVERSITY_GAP about newcomers and the one about the budget stay apart) and, for the
 * findings about one member (SINGLE_POINT_OF_FAILURE, POWER_CONCENTRATION), name the same member; their numbers
 * and the other actors they name (e.g. the residents a NO_RESIDENTS finding suggests) may differ.
 *
 * @param before      the assessment before
 * @param after       the assessment after
 * @param added       actor ids that joined
 * @param removed     actor ids that left
 * @param disappeared findings of before that after no longer has
 * @param appeared    findings of after that before did not have
 * @param remaining   findings of after that before had too
 * @param scoreChange per criterion, after − before (NaN when either is undefined)
 */
public record AssessmentChange(ConsortiumAssessment before, ConsortiumAssessment after, List<String> added,
                               List<String> removed, List<Finding> disappeared, List<Finding> appeared,
                               List<Finding> remaining, Map<Criterion, Double> scoreChange) {
    public AssessmentChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        disappeared = List.copyOf(disappeared);
        appeared = List.copyOf(appeared);
        remaining = List.copyOf(remaining);
        scoreChange = Collections.unmodifiableMap(new EnumMap<>(scoreChange));
    }

    /** The change from one assessment to the other. */
    public static AssessmentChange between(ConsortiumAssessment before, ConsortiumAssessment after) {
        var beforeIds = new HashSet<>(before.memberIds());
        var afterIds = new HashSet<>(after.memberIds());
        var added = after.memberIds().stream().filter(id -> !beforeIds.contains(id)).toList();
        var removed = before.memberIds().stream().filter(id -> !afterIds.contains(id)).toList();
        var beforeKeys = keys(before.findings());
        var afterKeys = keys(after.findings());
        var disappeared = new ArrayList<Finding>();
        for (Finding f : before.findings()) {
            if (!afterKeys.contains(key(f))) {
                disappeared.add(f);
            }
        }
        var appeared = new ArrayList<Finding>();
        var remaining = new ArrayList<Finding>();
        for (Finding f : after.findings()) {
            (beforeKeys.contains(key(f)) ? remaining : appeared).add(f);
        }
        var change = new EnumMap<Criterion, Double>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            change.put(c, after.scores().score(c) - before.scores().score(c));
        }
        return new AssessmentChange(before, after, added, removed, disappeared, appeared, remaining, change);
    }

    /** after − before of the overall score; NaN when either is undefined. */
    public double overallChange() {
        return after.scores().overall() - before.scores().overall();
    }

    private static Set<List<Object>> keys(List<Finding> findings) {
        var set = new HashSet<List<Object>>();
        findings.forEach(f -> set.add(key(f)));
        return set;
    }

    private static List<Object> key(Finding f) {
        boolean aboutMember = f.code() == FindingCode.SINGLE_POINT_OF_FAILURE || f.code() == FindingCode.POWER_CONCENTRATION;
        return List.of(f.code(), aboutMember ? Set.copyOf(f.actors()) : Set.of(), Set.copyOf(f.evidence().keySet()));
    }

    /** The change as one JSON-ready document, texts in English. */
    public Map<String, Object> asMap() {
        return asMap(Locale.ENGLISH);
    }

    /** The change as one JSON-ready document, the findings' texts in the language of {@code locale}. */
    public Map<String, Object> asMap(Locale locale) {
        return FindingMessages.localiseMap(rawMap(), locale);
    }

    private Map<String, Object> rawMap() {
        var m = new LinkedHashMap<String, Object>();
        m.put("consortium", after.id());
        m.put("added", added);
        m.put("removed", removed);
        var scores = new LinkedHashMap<String, Object>();
        for (Criterion c : Criterion.values()) {
            var e = new LinkedHashMap<String, Object>();
            e.put("before", ConsortiumScores.nullIfNaN(before.scores().score(c)));
            e.put("after", ConsortiumScores.nullIfNaN(after.scores().score(c)));
            e.put("change", ConsortiumScores.nullIfNaN(scoreChange.get(c)));
            scores.put(c.key(), e);
        }
        var overall = new LinkedHashMap<String, Object>();
        overall.put("before", ConsortiumScores.nullIfNaN(before.scores().overall()));
        overall.put("after", ConsortiumScores.nullIfNaN(after.scores().overall()));
        overall.put("change", ConsortiumScores.nullIfNaN(overallChange()));
        scores.put("overall", overall);
        m.put("scores", scores);
        m.put("findings_disappeared", disappeared.stream().map(ConsortiumAssessment::rawFindingMap).toList());
        m.put("findings_appeared", appeared.stream().map(ConsortiumAssessment::rawFindingMap).toList());
        m.put("findings_remaining", remaining.stream().map(ConsortiumAssessment::rawFindingMap).toList());
        m.put("after", after.rawMap());
        return m;
    }
}
