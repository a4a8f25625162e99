package nl.vico.app.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingMessages;
import nl.vico.analyzer.Severity;
import nl.vico.analyzer.assessment.AssessmentChange;
import nl.vico.analyzer.assessment.ConsortiumAssessment;
import nl.vico.analyzer.assessment.ConsortiumComparison;
import nl.vico.analyzer.assessment.Criterion;
import nl.vico.analyzer.assessment.recommend.Recommendation;
import nl.vico.analyzer.assessment.recommend.Recommendations;
import nl.vico.model.StakeholderNetwork;

/**
 * The output of {@code vico assess}, {@code vico compare} and {@code vico recommend}: readable text for a
 * strategist (scores as a small table, findings with what would help) or the JSON document of the analyzer's
 * {@code asMap()}. Findings, suggestions, explanations and reasons are in the language asked for (the frame
 * around them in English). Residents are private persons: the text shows them by id, never by name.
 */
public final class AssessmentOutput {
    private AssessmentOutput() {
    }

    /** A JSON-ready document as indented JSON. */
    public static String json(Map<String, Object> document) {
        try {
            return Output.mapper().writeValueAsString(document) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints to {@code stdout}, or writes {@code file} whole (never half). */
    public static void write(String text, Path file, PrintWriter stdout) {
        if (file == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            Output.writeAtomically(file, text);
        }
    }

    // ---------------------------------------------------------------- assess

    /** One consortium's assessment. */
    public static String text(ConsortiumAssessment a, StakeholderNetwork network) {
        return text(a, network, Locale.ENGLISH);
    }

    /** One consortium's assessment, its findings in the language of {@code locale}. */
    public static String text(ConsortiumAssessment a, StakeholderNetwork network, Locale locale) {
        var sw = new StringWriter();
        var out = new PrintWriter(sw);
        String title = "Assessment of " + a.consortium().name() + " (" + a.id() + ")";
        out.println(title);
        out.println("=".repeat(title.length()));
        header(out, a, network);
        out.println();
        out.println("Scores from 0 to 100 (weight in the overall score):");
        for (Criterion c : Criterion.values()) {
            out.printf(Locale.ROOT, "  %-14s %5s   (%s)%n", c.words(), score(a.scores().score(c)),
                    number(a.scores().weights().get(c)));
        }
        out.printf(Locale.ROOT, "  %-14s %5s%n", "overall", score(a.scores().overall()));
        out.println();
        out.println("What the scores rest on:");
        numbers(out, a, network);
        findings(out, "Findings", a.findings(), locale);
        footer(out);
        out.flush();
        return sw.toString();
    }

    private static void header(PrintWriter out, ConsortiumAssessment a, StakeholderNetwork network) {
        var c = a.consortium();
        var parts = new ArrayList<String>();
        if (c.task() != null) {
            parts.add("task: " + c.task());
        }
        var scale = a.scale();
        if (scale.neighbourhood() != null) {
            String hood = network.neighbourhood(scale.neighbourhood()).map(h -> h.name()).orElse(scale.neighbourhood());
            parts.add("neighbourhood: " + hood + (scale.residents() == null ? "" : " (" + thousands(scale.residents())
                    + " residents)"));
        }
        parts.add("municipality's role: " + (c.municipalityRole() == null ? "not stated" : c.municipalityRole().key()
                + (c.municipalityRole().dutch().equals(c.municipalityRole().key()) ? "" : " (" + c.municipalityRole().dutch() + ")")));
        out.println(String.join("; ", parts) + ".");
        var members = new ArrayList<String>();
        for (var m : a.members()) {
            members.add(display(network, m.actor()) + " (" + (m.role() == null ? "no role" : m.role().key())
                    + (m.budgetShare() == null ? "" : ", " + percent(m.budgetShare())) + ")");
        }
        out.println(a.members().size() + " member" + (a.members().size() == 1 ? "" : "s")
                + (members.isEmpty() ? "." : ": " + String.join(", ", members) + "."));
    }

    private static void numbers(PrintWriter out, ConsortiumAssessment a, StakeholderNetwork network) {
        var d = a.diversity();
        out.printf(Locale.ROOT, "  diversity:   %d kind%s of party (normalised Blau index %s); %d resident-side, %d informal "
                        + "and %d new member%s; members and their contacts reach %d of the %d communities.%n",
                d.types().typesPresent(), d.types().typesPresent() == 1 ? "" : "s", decimal(d.types().blauNormalised()),
                d.residentSideMembers(), d.informalMembers(), d.newcomerMembers(), d.newcomerMembers() == 1 ? "" : "s",
                d.communitiesReached(), d.communitiesTotal());
        var p = a.power();
        if (p.budgetGiven()) {
            out.printf(Locale.ROOT, "  power:       largest budget share %s (%s); budget HHI %s (as if %s equal holders); "
                            + "residents, resident groups and informal members hold %s.%n",
                    percent(p.largestShare()), display(network, p.largestHolder()), decimal(p.hhi()),
                    one(p.effectiveBudgetHolders()), percent(p.communityBudgetShare()));
        } else {
            out.println("  power:       no budget shares given.");
        }
        if (p.mostDependedOn() != null) {
            out.printf(Locale.ROOT, "               %d residents and resident groups reach the consortium only through %s.%n",
                    p.dependentResidents(), display(network, p.mostDependedOn()));
        }
        var b = a.bridging();
        out.printf(Locale.ROOT, "  bridging:    %s; the members' own network is in %d piece%s%s; consortium constraint %s.%n",
                b.independentBroker() == null ? "no independent connector"
                        : "independent connector " + display(network, b.independentBroker()),
                b.memberComponents(), b.memberComponents() == 1 ? "" : "s",
                b.isolatedMembers().isEmpty() ? "" : " (" + names(network, b.isolatedMembers()) + " tied to no other member)",
                Double.isNaN(b.consortiumConstraint()) ? "–" : String.format(Locale.ROOT, "%.3f", b.consortiumConstraint()));
        var s = a.support();
        out.printf(Locale.ROOT, "  support:     reaches %d of the %d residents and resident groups directly (%s), %d within "
                        + "two steps; %d trust or inform a member; tied to %d of the %d municipal departments%s.%n",
                s.reachedDirectly(), s.residentSideTotal(), Double.isNaN(s.reachShare()) ? "–" : percent(s.reachShare()),
                s.reachedWithinTwo(), s.trustOrInform(), s.departments().size(), s.departmentsTotal(),
                s.departments().isEmpty() ? "" : " (" + names(network, s.departments()) + ")");
        var r = a.roles();
        out.printf(Locale.ROOT, "  roles:       municipality %s; lead%s %s; %s.%n",
                r.municipalityRole() == null ? "not stated" : r.municipalityRole().key()
                        + (r.municipalRoleProblem() == null ? "" : " (does not fit the members)"),
                r.leads().size() == 1 ? "" : "s", r.leads().isEmpty() ? "none" : names(network, r.leads()),
                r.withoutRole().isEmpty() ? "every member has a role" : "no role: " + names(network, r.withoutRole()));
        var sc = a.scale();
        out.printf(Locale.ROOT, "  scale:       %s (limit %s).%n",
                sc.residents() == null ? "unknown" : thousands(sc.residents()) + " residents", thousands(sc.limit()));
    }

    private static void findings(PrintWriter out, String title, List<Finding> findings, Locale locale) {
        out.println();
        if (findings.isEmpty()) {
            out.println(title + ": none.");
            return;
        }
        out.println(title + " (" + findings.size() + "):");
        for (Finding f : findings) {
            out.println("  [" + f.severity().key() + "] " + f.code() + ": " + FindingMessages.render(f, locale));
            String suggestion = FindingMessages.suggestion(f, locale);
            if (suggestion != null) {
                out.println("      what would help: " + suggestion);
            }
        }
    }

    private static void footer(PrintWriter out) {
        out.println();
        out.println("Residents are shown by id, not by name. For every value: --format json.");
    }

    // ---------------------------------------------------------------- what-if

    /** The difference a change of members makes. */
    public static String text(AssessmentChange change, StakeholderNetwork network) {
        return text(change, network, Locale.ENGLISH);
    }

    /** The difference a change of members makes, findings in the language of {@code locale}. */
    public static String text(AssessmentChange change, StakeholderNetwork network, Locale locale) {
        var sw = new StringWriter();
        var out = new PrintWriter(sw);
        var c = change.after().consortium();
        var what = new ArrayList<String>();
        if (!change.added().isEmpty()) {
            what.add("adds " + names(network, change.added()));
        }
        if (!change.removed().isEmpty()) {
            what.add("removes " + names(network, change.removed()));
        }
        String title = "What if " + c.name() + " (" + c.id() + ") " + (what.isEmpty() ? "stays as it is" : String.join(" and ", what)) + "?";
        out.println(title);
        out.println("=".repeat(Math.min(title.length(), 100)));
        if (!change.added().isEmpty()) {
            out.println("New members join with a budget share of 0%, as broker (an actor of type broker) or partner.");
        }
        if (!change.removed().isEmpty()) {
            out.println("The budget of members who leave is spread over the others in proportion to their shares.");
        }
        out.println();
        scoreTable(out, change);
        findings(out, "Findings that disappear", change.disappeared(), locale);
        findings(out, "Findings that appear", change.appeared(), locale);
        out.println();
        out.println("Findings that remain (" + change.remaining().size() + ")" + (change.remaining().isEmpty() ? "."
                : ": " + String.join(", ", change.remaining().stream().map(f -> f.code().name()).distinct().toList()) + "."));
        footer(out);
        out.flush();
        return sw.toString();
    }

    private static void scoreTable(PrintWriter out, AssessmentChange change) {
        out.printf(Locale.ROOT, "  %-14s %6s %6s %7s%n", "score", "before", "after", "change");
        for (Criterion k : Criterion.values()) {
            out.printf(Locale.ROOT, "  %-14s %6s %6s %7s%n", k.words(), score(change.before().scores().score(k)),
                    score(change.after().scores().score(k)), signed(change.scoreChange().get(k)));
        }
        out.printf(Locale.ROOT, "  %-14s %6s %6s %7s%n", "overall", score(change.before().scores().overall()),
                score(change.after().scores().overall()), signed(change.overallChange()));
    }

    // ---------------------------------------------------------------- compare

    /** Proposals side by side. */
    public static String text(ConsortiumComparison comparison, StakeholderNetwork network) {
        return text(comparison, network, Locale.ENGLISH);
    }

    /** Proposals side by side, what decides each pair in the language of {@code locale}. */
    public static String text(ConsortiumComparison comparison, StakeholderNetwork network, Locale locale) {
        var sw = new StringWriter();
        var out = new PrintWriter(sw);
        int n = comparison.ranking().size();
        String title = "Comparison of " + n + " proposal" + (n == 1 ? "" : "s")
                + (comparison.task() == null ? "" : " for " + comparison.task());
        out.println(title);
        out.println("=".repeat(title.length()));
        if (n == 0) {
            out.println("There are no consortia to compare: add them to consortia.csv and members.csv.");
            out.flush();
            return sw.toString();
        }
        out.println();
        out.println("Scores from 0 to 100, best first:");
        out.printf(Locale.ROOT, "  %2s  %-30s %7s %9s %6s %8s %7s %5s %5s%n", "#", "consortium", "overall", "diversity",
                "power", "bridging", "support", "roles", "scale");
        int rank = 0;
        for (var a : comparison.ranking()) {
            var s = a.scores();
            out.printf(Locale.ROOT, "  %2d  %-30s %7s %9s %6s %8s %7s %5s %5s%n", ++rank, cut(a.consortium().name(), 30),
                    score(s.overall()), score(s.score(Criterion.DIVERSITY)), score(s.score(Criterion.POWER_BALANCE)),
                    score(s.score(Criterion.BRIDGING)), score(s.score(Criterion.SUPPORT)),
                    score(s.score(Criterion.ROLE_CLARITY)), score(s.score(Criterion.SCALE)));
        }
        out.println();
        out.println("Findings (critical!, warning, info?):");
        for (var a : comparison.ranking()) {
            out.println("  " + a.consortium().name() + " (" + a.id() + "): " + codes(a.findings()));
        }
        if (!comparison.pairs().isEmpty()) {
            out.println();
            out.println("What decides the ranking:");
            for (var p : comparison.pairs()) {
                out.println("  - " + p.explanation(locale));
            }
        }
        out.println();
        out.println("Weights: " + String.join(", ", weights(comparison)) + ". For every finding and number: "
                + "vico assess CONSORTIUM, or --format json.");
        out.flush();
        return sw.toString();
    }

    private static List<String> weights(ConsortiumComparison comparison) {
        var list = new ArrayList<String>();
        var w = comparison.ranking().get(0).scores().weights();
        for (Criterion c : Criterion.values()) {
            list.add(c.words() + " " + number(w.get(c)));
        }
        return list;
    }

    private static String codes(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "none";
        }
        var parts = new ArrayList<String>();
        for (Finding f : findings) {
            String mark = f.severity() == Severity.CRITICAL ? "!" : f.severity() == Severity.INFO ? "?" : "";
            String code = f.code().name() + mark;
            if (!parts.contains(code)) {
                parts.add(code);
            }
        }
        return String.join(", ", parts);
    }

    // ---------------------------------------------------------------- recommend

    /** The best additions and why. */
    public static String text(Recommendations r, StakeholderNetwork network) {
        return text(r, network, Locale.ENGLISH);
    }

    /** The best additions and why, the reasons in the language of {@code locale}. */
    public static String text(Recommendations r, StakeholderNetwork network, Locale locale) {
        var sw = new StringWriter();
        var out = new PrintWriter(sw);
        var before = r.before();
        String title = "Who to add to " + before.consortium().name() + " (" + before.id() + ")";
        out.println(title);
        out.println("=".repeat(title.length()));
        out.println("Now: overall " + score(before.scores().overall()) + "; findings: " + codes(before.findings()) + ".");
        out.println("The " + r.recommendations().size() + " best of " + r.candidates() + " actors who are not members, "
                + "each added alone with a budget share of 0% (so that the budget's concentration does not rise); "
                + "actors already tied to a member first, then by the gain in overall score.");
        for (Recommendation x : r.recommendations()) {
            out.println();
            out.printf(Locale.ROOT, "%d. %s (%s), as %s: overall %s -> %s (%s)%n", x.rank(), display(network, x.actor()),
                    x.type().key(), x.role().key(), score(before.scores().overall()),
                    score(x.change().after().scores().overall()), signed(x.gain()));
            var moved = new ArrayList<String>();
            for (Criterion c : Criterion.values()) {
                double d = x.change().scoreChange().get(c);
                if (!Double.isNaN(d) && Math.abs(d) >= 0.5) {
                    moved.add(c.words() + " " + score(before.scores().score(c)) + " -> "
                            + score(x.change().after().scores().score(c)));
                }
            }
            if (!moved.isEmpty()) {
                out.println("   scores: " + String.join(", ", moved));
            }
            for (String reason : x.reasons(locale)) {
                out.println("   - " + reason);
            }
        }
        out.println();
        out.println("Try one: vico assess " + before.id() + " ... --add ACTOR. Residents are shown by id, not by name.");
        out.flush();
        return sw.toString();
    }

    // ---------------------------------------------------------------- helpers

    private static String display(StakeholderNetwork network, String id) {
        if (id == null) {
            return "–";
        }
        return network.actor(id).map(TextSummary::display).orElse(id);
    }

    private static String names(StakeholderNetwork network, List<String> ids) {
        return String.join(", ", ids.stream().map(id -> display(network, id)).toList());
    }

    private static String score(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String signed(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        long r = Math.round(v);
        return r == 0 ? (v == 0 ? "0" : String.format(Locale.ROOT, "%+.1f", v)) : String.format(Locale.ROOT, "%+d", r);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String decimal(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String one(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String thousands(int v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
