package nl.vico.app.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingMessages;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.MetricGlossary;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;

/**
 * The readable summary of {@code vico analyze} for a strategist: the network in a line, who holds
 * power, the cut points and bridges, what each consortium is made of, and the findings (in the language asked
 * for; the rest of the summary is in English). Residents are private persons: they are shown by their id, never
 * by name.
 */
final class TextSummary {
    private static final int TOP = 10;
    private final AnalysisReport report;
    private final StakeholderNetwork network;
    private final Locale locale;

    TextSummary(AnalysisReport report, StakeholderNetwork network, Locale locale) {
        this.report = report;
        this.network = network;
        this.locale = locale;
    }

    void writeTo(PrintWriter out) {
        Map<String, Object> net = report.network();
        out.println("vico analysis of " + network.name());
        out.println("=".repeat(17 + network.name().length()));
        out.printf(Locale.ROOT, "%d actors, %d ties between %s pairs, %d consortia; density %s, %s component%s.%n",
                network.size(), network.ties().size(), str(net.get("n_edges_undirected")), network.consortia().size(),
                num(net.get("density")), str(net.get("n_components")),
                Integer.valueOf(1).equals(net.get("n_components")) ? "" : "s");
        if (network.size() == 0) {
            out.println("The network is empty: add actors to actors.csv.");
            out.flush();
            return;
        }
        powerSection(out);
        wholeNetworkSection(out);
        bridgingSection(out);
        cutSection(out);
        diversitySection(out);
        consortiaSection(out);
        findingsSection(out);
        out.println();
        out.println("Residents are shown by id, not by name. For every value: --format json.");
        out.flush();
    }

    private void powerSection(PrintWriter out) {
        out.println();
        out.println("Who holds power: the actors most often on the shortest path between two others (betweenness).");
        var rows = new ArrayList<Map.Entry<String, Map<String, Object>>>(report.actors().entrySet());
        rows.sort(Comparator.<Map.Entry<String, Map<String, Object>>>comparingDouble(e -> dbl(e.getValue().get("betweenness")))
                .reversed().thenComparing(Map.Entry::getKey));
        if (report.network().get("betweenness_sample") instanceof Number k) {
            out.printf(Locale.ROOT, "  (estimated from %d sampled actors of %d: each value within ±%.4f with 95%% confidence;"
                    + " --exact computes it exactly)%n", k.intValue(), report.actors().size(),
                    dbl(report.network().get("betweenness_sample_error")));
        }
        out.printf("  %3s  %-34s %-20s %6s %11s%n", "#", "actor", "type", "degree", "betweenness");
        int shown = 0;
        for (var e : rows) {
            if (shown == TOP) {
                break;
            }
            shown++;
            out.printf(Locale.ROOT, "  %3d  %-34s %-20s %6s %11s%n", shown, cut(display(e.getKey()), 34),
                    str(e.getValue().get("type")), str(e.getValue().get("degree")), num(e.getValue().get("betweenness")));
        }
    }

    private void wholeNetworkSection(PrintWriter out) {
        Map<String, Object> net = report.network();
        out.println();
        out.println("The network as a whole.");
        measure(out, "betweenness centralization", "betweenness_centralization", num(net.get("betweenness_centralization")));
        measure(out, "degree centralization", "degree_centralization", num(net.get("degree_centralization")));
        measure(out, "inequality of brokering (Gini)", "gini_betweenness", num(net.get("gini_betweenness")));
        Object gk = net.get("gatekeeping_actor");
        measure(out, "gatekeeping share", "gatekeeping_share", pct(net.get("gatekeeping_share"))
                + (gk == null ? "" : " (" + display(gk.toString()) + ")"));
        measure(out, "hierarchy of money and commissions", "krackhardt_hierarchy", num(net.get("krackhardt_hierarchy")));
        measure(out, "communities", "n_communities", str(net.get("n_communities")) + " (modularity " + num(net.get("modularity")) + ")");
        measure(out, "transitivity", "transitivity", num(net.get("transitivity")));
    }

    private void bridgingSection(PrintWriter out) {
        out.println();
        out.println("Who bridges: the actors whose contacts are least tied to each other (lowest constraint, Burt),");
        out.println("and how often each links two parties that have no tie of their own (brokerage, Gould & Fernandez).");
        var rows = new ArrayList<Map.Entry<String, Map<String, Object>>>();
        for (var e : report.actors().entrySet()) {
            if (e.getValue().get("constraint") instanceof Number && dbl(e.getValue().get("degree")) >= 2) {
                rows.add(e);
            }
        }
        rows.sort(Comparator.<Map.Entry<String, Map<String, Object>>>comparingDouble(e -> dbl(e.getValue().get("constraint")))
                .thenComparing(Map.Entry::getKey));
        out.printf("  %3s  %-34s %-20s %10s %14s %10s%n", "#", "actor", "type", "constraint", "effective size", "brokerage");
        int shown = 0;
        for (var e : rows) {
            if (shown == TOP / 2) {
                break;
            }
            shown++;
            Object brokerage = e.getValue().get("brokerage_by_type") instanceof Map<?, ?> m ? m.get("total") : null;
            out.printf(Locale.ROOT, "  %3d  %-34s %-20s %10s %14s %10s%n", shown, cut(display(e.getKey()), 34),
                    str(e.getValue().get("type")), num(e.getValue().get("constraint")),
                    num(e.getValue().get("effective_size")), str(brokerage));
        }
    }

    private void diversitySection(PrintWriter out) {
        Map<String, Object> net = report.network();
        out.println();
        out.println("Diversity: who takes part, and who is heard.");
        if (report.groups().get("types") instanceof Map<?, ?> types && !types.isEmpty()) {
            var parts = new ArrayList<String>();
            types.forEach((k, v) -> {
                Object count = v instanceof Map<?, ?> m ? m.get("count") : v;
                parts.add(k + " " + str(count));
            });
            out.println("  types: " + String.join(", ", parts));
        }
        measure(out, "diversity (Blau, normalised)", "blau_index_normalised", num(net.get("blau_index_normalised")));
        measure(out, "ties between types (E-I index)", "ei_index", num(net.get("ei_index")));
        measure(out, "informal among the most central tenth", "informal_share_central_decile",
                pct(net.get("informal_share_central_decile")) + " (overall " + pct(net.get("informal_share_overall")) + ")");
        measure(out, "newcomers among the most central tenth", "newcomer_share_central_decile",
                pct(net.get("newcomer_share_central_decile")) + " (overall " + pct(net.get("newcomer_share_overall")) + ")");
    }

    /** One measure: its label and value, and under it the glossary's one plain sentence. */
    private static void measure(PrintWriter out, String label, String key, String value) {
        out.printf(Locale.ROOT, "  %-40s %s%n", label, value);
        MetricGlossary.explain(key).ifPresent(s -> out.println("      " + s));
    }

    private void cutSection(PrintWriter out) {
        List<?> points = list(report.network().get("articulation_points"));
        out.println();
        out.println("Cut points: actors whose departure splits the network (" + points.size() + ").");
        if (!points.isEmpty()) {
            out.println("  " + String.join(", ", points.stream().map(p -> display(p.toString())).toList()));
        }
        List<?> bridges = list(report.network().get("bridges"));
        out.println("Bridges: ties whose loss splits the network (" + bridges.size() + ").");
        int shown = 0;
        for (Object b : bridges) {
            if (shown++ == TOP) {
                out.println("  … and " + (bridges.size() - TOP) + " more (see --format json)");
                break;
            }
            List<?> pair = list(b);
            if (pair.size() == 2) {
                out.println("  " + display(pair.get(0).toString()) + " — " + display(pair.get(1).toString()));
            }
        }
    }

    private void consortiaSection(PrintWriter out) {
        if (report.consortia().isEmpty()) {
            return;
        }
        out.println();
        out.println("Consortia: who is in each proposal.");
        for (var c : network.consortia()) {
            Map<String, Object> v = report.consortia().getOrDefault(c.id(), Map.of());
            out.println();
            out.println("  " + c.name() + " (" + c.id() + ")" + (c.task() == null ? "" : " — " + c.task()));
            out.println("    municipality's role: " + (c.municipalityRole() == null
                    ? "not defined" : c.municipalityRole().key() + (c.municipalityRole().dutch().equals(c.municipalityRole().key()) ? "" : " (" + c.municipalityRole().dutch() + ")")));
            var members = network.membersOf(c.id());
            out.println("    " + members.size() + " member" + (members.size() == 1 ? "" : "s") + ": " + String.join(", ",
                    members.stream().map(m -> display(m.actor()) + (m.role() == null ? " (no role)" : " (" + m.role().key() + ")")).toList()));
            Object shares = v.get("type_shares");
            if (shares instanceof Map<?, ?> map && !map.isEmpty()) {
                var parts = new ArrayList<String>();
                map.forEach((k, s) -> parts.add(k + " " + Math.round(dbl(s) * 100) + "%"));
                out.println("    types: " + String.join(", ", parts));
            }
            if (v.get("scores") instanceof Map<?, ?> scores && !scores.isEmpty()) {
                var parts = new ArrayList<String>();
                scores.forEach((k, s) -> {
                    if (!"overall".equals(k)) {
                        parts.add(k.toString().replace('_', ' ') + " " + (s instanceof Number n ? Math.round(n.doubleValue()) : "–"));
                    }
                });
                out.println("    score: " + num0(scores.get("overall")) + " of 100" + (v.get("rank") == null ? "" : ", rank " + v.get("rank"))
                        + " (" + String.join(", ", parts) + ")");
            }
            if (v.get("findings") instanceof List<?> fs && !fs.isEmpty()) {
                var codes = new java.util.LinkedHashSet<String>();
                for (Object f : fs) {
                    if (f instanceof Map<?, ?> m) {
                        codes.add(m.get("code") + ("critical".equals(m.get("severity")) ? " (critical)" : ""));
                    }
                }
                out.println("    findings: " + String.join(", ", codes) + " — details: vico assess " + c.id() + " (DIR | --workspace W)");
            }
        }
    }

    private void findingsSection(PrintWriter out) {
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) {
            return;
        }
        out.println();
        out.println("Findings (" + findings.size() + ").");
        for (Finding f : findings) {
            out.println("  [" + f.severity().key() + "] " + f.code() + ": " + FindingMessages.render(f, locale));
            String suggestion = FindingMessages.suggestion(f, locale);
            if (suggestion != null) {
                out.println("      what would help: " + suggestion);
            }
        }
    }

    /** An actor as a reader sees it: its name, or for a resident (a private person) its id. */
    private String display(String actorId) {
        return network.actor(actorId).map(TextSummary::display).orElse(actorId);
    }

    static String display(Actor a) {
        return a.type() == ActorType.RESIDENT ? "resident " + a.id() : a.name();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String num0(Object o) {
        return o instanceof Number n ? Long.toString(Math.round(n.doubleValue())) : "–";
    }

    private static String pct(Object o) {
        return o instanceof Number n ? Math.round(n.doubleValue() * 100) + "%" : "–";
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static double dbl(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0.0;
    }

    private static String str(Object o) {
        return o == null ? "–" : o.toString();
    }

    private static String num(Object o) {
        if (!(o instanceof Number n)) {
            return "–";
        }
        if (o instanceof Integer || o instanceof Long) {
            return o.toString();
        }
        return String.format(Locale.ROOT, "%.3f", n.doubleValue());
    }
}
