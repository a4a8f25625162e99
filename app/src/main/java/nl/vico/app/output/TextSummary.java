package nl.vico.app.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;

/**
 * The readable summary of {@code vico analyze} for a strategist: the network in a line, who holds
 * power, the cut points and bridges, what each consortium is made of, and the findings. Residents are
 * private persons: they are shown by their id, never by name.
 */
final class TextSummary {
    private static final int TOP = 10;
    private final AnalysisReport report;
    private final StakeholderNetwork network;

    TextSummary(AnalysisReport report, StakeholderNetwork network) {
        this.report = report;
        this.network = network;
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
        cutSection(out);
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
            out.println("  [" + f.severity().key() + "] " + f.code() + ": " + f.message());
            if (f.suggestion() != null) {
                out.println("      what would help: " + f.suggestion());
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
