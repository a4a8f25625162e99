package nl.vico.analyzer.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.FindingMessages;
import nl.vico.analyzer.Message;
import nl.vico.analyzer.Message.Join;
import nl.vico.analyzer.Message.Listing;
import nl.vico.analyzer.MessageKey;
import nl.vico.analyzer.Severity;

/**
 * Proposals side by side: their assessments ranked, and for each pair the differences that decide the order,
 * in plain words.
 *
 * <p><b>Ranking.</b> By overall score, highest first (an undefined score last); equal scores by fewer critical
 * findings, then fewer warnings, then consortium id.
 *
 * <p><b>What decides a pair.</b> Over the criteria defined for both with a weight above 0, with W their total
 * weight, criterion c contributes w_c·(score_higher − score_lower)/W to the difference of the overall scores
 * (exactly, when both have the same criteria defined). The deciding criteria are the positive contributions,
 * largest first, until they add up to the overall difference (at most three); the counterweights are the
 * criteria on which the lower-ranked proposal does better (at most two). Finding codes that only one of the
 * two has are listed too. O(p²) for p proposals.
 *
 * @param task    the task the proposals are for, or {@code null} when all proposals are compared
 * @param ranking the assessments, best first
 * @param pairs   one entry per pair (i, j), i ranked above j, in ranking order
 */
public record ConsortiumComparison(String task, List<ConsortiumAssessment> ranking, List<PairDifference> pairs) {
    private static final int MAX_DECIDING = 3;
    private static final int MAX_AGAINST = 2;

    public ConsortiumComparison {
        ranking = List.copyOf(ranking);
        pairs = List.copyOf(pairs);
    }

    /**
     * One criterion's part in a pair's difference.
     *
     * @param criterion    the criterion
     * @param higher       the higher-ranked proposal's score
     * @param lower        the lower-ranked proposal's score
     * @param contribution its weighted share of the overall difference (positive: favours the higher-ranked)
     */
    public record CriterionDifference(Criterion criterion, double higher, double lower, double contribution) {
    }

    /**
     * Why one proposal ranks above another.
     *
     * @param higher            id of the higher-ranked
     * @param lower             id of the lower-ranked
     * @param overallDifference overall score of higher − of lower (NaN when either is undefined)
     * @param deciding          the criteria that decide it, largest contribution first
     * @param against           criteria on which the lower-ranked does better
     * @param onlyLower         finding codes only the lower-ranked has
     * @param onlyHigher        finding codes only the higher-ranked has
     * @param explanationText   the same in plain words, as a message of the bundle ({@link FindingMessages})
     */
    public record PairDifference(String higher, String lower, double overallDifference,
                                 List<CriterionDifference> deciding, List<CriterionDifference> against,
                                 List<FindingCode> onlyLower, List<FindingCode> onlyHigher, Message explanationText) {
        public PairDifference {
            Objects.requireNonNull(explanationText, "explanationText");
            deciding = List.copyOf(deciding);
            against = List.copyOf(against);
            onlyLower = List.copyOf(onlyLower);
            onlyHigher = List.copyOf(onlyHigher);
        }

        /** The explanation in English. */
        public String explanation() {
            return explanation(Locale.ENGLISH);
        }

        /** The explanation in the language of {@code locale}. */
        public String explanation(Locale locale) {
            return FindingMessages.render(explanationText, locale);
        }
    }

    /** The ranking order of {@link ConsortiumComparison}. */
    public static final Comparator<ConsortiumAssessment> ORDER = Comparator
            .comparingDouble((ConsortiumAssessment a) -> Double.isNaN(a.scores().overall())
                    ? Double.POSITIVE_INFINITY : -a.scores().overall())
            .thenComparingLong(a -> count(a, Severity.CRITICAL))
            .thenComparingLong(a -> count(a, Severity.WARNING))
            .thenComparing(ConsortiumAssessment::id);

    /** Ranks the assessments and explains every pair. */
    public static ConsortiumComparison of(String task, List<ConsortiumAssessment> assessments) {
        var ranking = new ArrayList<>(assessments);
        ranking.sort(ORDER);
        var pairs = new ArrayList<PairDifference>();
        for (int i = 0; i < ranking.size(); i++) {
            for (int j = i + 1; j < ranking.size(); j++) {
                pairs.add(difference(ranking.get(i), ranking.get(j)));
            }
        }
        return new ConsortiumComparison(task, ranking, pairs);
    }

    /** The 1-based rank of the consortium, or −1 when it is not compared here. */
    public int rank(String consortiumId) {
        for (int i = 0; i < ranking.size(); i++) {
            if (ranking.get(i).id().equals(consortiumId)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static long count(ConsortiumAssessment a, Severity s) {
        return a.findings().stream().filter(f -> f.severity() == s).count();
    }

    static PairDifference difference(ConsortiumAssessment hi, ConsortiumAssessment lo) {
        double total = 0;
        for (Criterion c : Criterion.values()) {
            double w = hi.scores().weights().get(c);
            if (w > 0 && !Double.isNaN(hi.scores().score(c)) && !Double.isNaN(lo.scores().score(c))) {
                total += w;
            }
        }
        var positive = new ArrayList<CriterionDifference>();
        var negative = new ArrayList<CriterionDifference>();
        for (Criterion c : Criterion.values()) {
            double w = hi.scores().weights().get(c);
            double a = hi.scores().score(c);
            double b = lo.scores().score(c);
            if (w > 0 && !Double.isNaN(a) && !Double.isNaN(b) && a != b) {
                var d = new CriterionDifference(c, a, b, w * (a - b) / total);
                (d.contribution() > 0 ? positive : negative).add(d);
            }
        }
        positive.sort(Comparator.comparingDouble(CriterionDifference::contribution).reversed());
        negative.sort(Comparator.comparingDouble(CriterionDifference::contribution));
        double diff = hi.scores().overall() - lo.scores().overall();
        var deciding = new ArrayList<CriterionDifference>();
        double sum = 0;
        for (var d : positive) {
            if (deciding.size() == MAX_DECIDING || (!deciding.isEmpty() && sum >= diff)) {
                break;
            }
            deciding.add(d);
            sum += d.contribution();
        }
        var against = negative.subList(0, Math.min(MAX_AGAINST, negative.size()));
        var onlyLower = codesOnly(lo, hi);
        var onlyHigher = codesOnly(hi, lo);
        return new PairDifference(hi.id(), lo.id(), diff, deciding, against, onlyLower, onlyHigher,
                explain(hi, lo, diff, deciding, against, onlyLower, onlyHigher));
    }

    private static List<FindingCode> codesOnly(ConsortiumAssessment a, ConsortiumAssessment b) {
        var codes = new LinkedHashSet<FindingCode>();
        a.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::code).forEach(codes::add);
        b.findings().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::code).forEach(codes::remove);
        return List.copyOf(codes);
    }

    private static Message explain(ConsortiumAssessment hi, ConsortiumAssessment lo, double diff,
                                   List<CriterionDifference> deciding, List<CriterionDifference> against,
                                   List<FindingCode> onlyLower, List<FindingCode> onlyHigher) {
        String h = hi.consortium().name();
        String l = lo.consortium().name();
        var sentences = new ArrayList<Object>();
        if (Double.isNaN(diff)) {
            sentences.add(Message.of(MessageKey.COMPARISON_NO_SCORE, h, l, Double.isNaN(lo.scores().overall()) ? l : h));
        } else if (diff == 0) {
            sentences.add(Message.of(MessageKey.COMPARISON_TIE, h, l, hi.scores().overall()));
        } else {
            sentences.add(Message.of(MessageKey.COMPARISON_ABOVE, h, l, hi.scores().overall(), lo.scores().overall()));
        }
        if (!deciding.isEmpty()) {
            var parts = new ArrayList<Object>();
            for (var d : deciding) {
                parts.add(Message.of(MessageKey.COMPARISON_DECIDING, d.criterion().label(), d.higher(), d.lower(),
                        note(hi, d.criterion()), note(lo, d.criterion())));
            }
            sentences.add(Message.of(MessageKey.COMPARISON_DECIDES, Listing.of(Join.SEMICOLON, parts)));
        }
        if (!against.isEmpty()) {
            var parts = new ArrayList<Object>();
            for (var d : against) {
                parts.add(Message.of(MessageKey.COMPARISON_BETTER_ON, d.criterion().label(), d.lower(), d.higher(),
                        note(lo, d.criterion()), note(hi, d.criterion())));
            }
            sentences.add(Message.of(MessageKey.COMPARISON_BETTER, l, Listing.of(Join.AND_ALL, parts)));
        }
        if (!onlyLower.isEmpty()) {
            sentences.add(Message.of(MessageKey.COMPARISON_ONLY, l, codes(onlyLower)));
        }
        if (!onlyHigher.isEmpty()) {
            sentences.add(Message.of(MessageKey.COMPARISON_ONLY, h, codes(onlyHigher)));
        }
        return Message.of(MessageKey.COMPARISON, Listing.of(Join.SENTENCES, sentences));
    }

    private static String codes(List<FindingCode> codes) {
        return String.join(", ", codes.stream().map(Enum::name).toList());
    }

    /** The number behind a criterion's score, in a few words: a {@link Message} or {@link Listing}. */
    static Object note(ConsortiumAssessment a, Criterion c) {
        return switch (c) {
            case DIVERSITY -> Message.of(MessageKey.NOTE_DIVERSITY, a.diversity().types().typesPresent(),
                    a.diversity().residentSideMembers(), a.diversity().informalMembers(), a.diversity().newcomerMembers());
            case POWER_BALANCE -> a.power().budgetGiven()
                    ? Message.of(MessageKey.NOTE_POWER, a.power().largestShare(), a.power().communityBudgetShare())
                    : Message.of(MessageKey.NOTE_POWER_NONE);
            case BRIDGING -> {
                var parts = new ArrayList<Object>();
                parts.add(a.bridging().independentBroker() == null ? Message.of(MessageKey.NOTE_NO_CONNECTOR)
                        : Message.of(MessageKey.NOTE_CONNECTOR, a.member(a.bridging().independentBroker())
                        .map(ConsortiumAssessment.Member::label).orElse(a.bridging().independentBroker())));
                if (a.bridging().memberComponents() > 1) {
                    parts.add(Message.of(MessageKey.NOTE_PIECES, a.bridging().memberComponents()));
                }
                yield Message.of(MessageKey.NOTE_BRIDGING, Listing.of(Join.COMMA, parts),
                        a.diversity().communitiesReached(), a.diversity().communitiesTotal());
            }
            case SUPPORT -> Double.isNaN(a.support().reachShare())
                    ? Message.of(MessageKey.NOTE_SUPPORT_DEPARTMENTS, a.support().departments().size())
                    : Message.of(MessageKey.NOTE_SUPPORT, a.support().reachShare(), a.support().departments().size());
            case ROLE_CLARITY -> {
                var parts = new ArrayList<Object>();
                var role = a.roles().municipalityRole();
                parts.add(role == null ? Message.of(MessageKey.NOTE_ROLE_UNSTATED)
                        : Message.of(a.roles().municipalRoleProblemText() == null ? MessageKey.NOTE_ROLE
                        : MessageKey.NOTE_ROLE_INCONSISTENT, Message.roleName(role)));
                if (!a.roles().withoutRole().isEmpty()) {
                    parts.add(Message.of(MessageKey.NOTE_WITHOUT_ROLE, a.roles().withoutRole().size()));
                }
                if (a.roles().leads().size() != 1) {
                    parts.add(Message.of(MessageKey.NOTE_LEADS, a.roles().leads().size()));
                }
                yield Listing.of(Join.COMMA, parts);
            }
            case SCALE -> a.scale().residents() == null ? Message.of(MessageKey.NOTE_SCALE_UNKNOWN)
                    : Message.of(MessageKey.NOTE_SCALE, a.scale().residents());
        };
    }

    /** The comparison as one JSON-ready document: {task, ranking: [...], pairs: [...]}; texts in English. */
    public Map<String, Object> asMap() {
        return asMap(Locale.ENGLISH);
    }

    /** {@link #asMap()} with the findings and explanations in the language of {@code locale}. */
    public Map<String, Object> asMap(Locale locale) {
        var m = new LinkedHashMap<String, Object>();
        m.put("task", task);
        var rows = new ArrayList<Object>();
        for (int i = 0; i < ranking.size(); i++) {
            var a = ranking.get(i);
            var r = new LinkedHashMap<String, Object>();
            r.put("rank", i + 1);
            r.put("consortium", a.id());
            r.put("name", a.consortium().name());
            r.put("task", a.consortium().task());
            r.put("scores", a.scores().asMap());
            r.put("finding_codes", a.findings().stream().map(f -> f.code().name()).distinct().toList());
            r.put("findings", a.findingsAsMaps(locale));
            rows.add(r);
        }
        m.put("ranking", rows);
        var list = new ArrayList<Object>();
        for (var p : pairs) {
            var e = new LinkedHashMap<String, Object>();
            e.put("higher", p.higher());
            e.put("lower", p.lower());
            e.put("overall_difference", ConsortiumScores.nullIfNaN(p.overallDifference()));
            e.put("deciding", criteria(p.deciding()));
            e.put("against", criteria(p.against()));
            e.put("only_lower", p.onlyLower().stream().map(Enum::name).toList());
            e.put("only_higher", p.onlyHigher().stream().map(Enum::name).toList());
            e.put("explanation", p.explanation(locale));
            list.add(e);
        }
        m.put("pairs", list);
        return m;
    }

    private static List<Object> criteria(List<CriterionDifference> list) {
        var out = new ArrayList<Object>();
        for (var d : list) {
            var e = new LinkedHashMap<String, Object>();
            e.put("criterion", d.criterion().key());
            e.put("higher", d.higher());
            e.put("lower", d.lower());
            e.put("contribution", d.contribution());
            out.add(e);
        }
        return out;
    }
}
