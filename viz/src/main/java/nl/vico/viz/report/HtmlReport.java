package nl.vico.viz.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import javax.imageio.ImageIO;
import nl.vico.analyzer.Finding;
import nl.vico.analyzer.FindingCode;
import nl.vico.analyzer.FindingMessages;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.Consortium;
import nl.vico.model.Membership;
import nl.vico.model.StakeholderNetwork;
import nl.vico.viz.ActorMetric;
import nl.vico.viz.DisplayNames;
import nl.vico.viz.TypePalette;
import nl.vico.viz.render.NetworkRenderer;
import nl.vico.viz.render.RenderOptions;

/**
 * The report a municipality can circulate: one self-contained HTML file (pictures embedded as
 * {@code data:} URIs, charts as inline SVG, no script, no font or style sheet from the internet) that prints
 * to PDF with sensible page breaks. Sections: what was analysed; the network map; who holds power and why;
 * who bridges and where bridges are missing; diversity; one card per consortium (its picture, members and
 * budget shares, type mix against the network, scores, findings, top recommendations); the comparison of
 * the proposals; the policy thresholds used; a glossary. Texts come from the resource bundle
 * {@code nl/vico/viz/report/report*.properties} (Dutch and English), the findings and recommendations from the
 * analyzer's bundle through {@link FindingMessages} in the same language; residents are pseudonymised unless
 * {@link ReportOptions#pseudonymiseResidents()} is off.
 *
 * <p>The report reads only the report's generic maps and the network, so new keys of later analyses
 * (consortium {@code findings}, {@code recommendations}, scores) appear without changes here: per consortium
 * it shows every scalar number under {@code consortia.<id>} as a score, every map in the list
 * {@code consortia.<id>.findings} as a finding ({@code code, severity, message, suggestion, threshold}) and the
 * first three entries of {@code consortia.<id>.recommendations}.
 *
 * <p>The output is well-formed XML as well as HTML, so tests and tools can parse it. Cost: dominated by the
 * pictures (one map plus one per consortium). Stateless and thread-safe.
 */
public final class HtmlReport {
    private final NetworkRenderer renderer = new NetworkRenderer();

    /** Writes the report; the writer is flushed, not closed. */
    public void write(StakeholderNetwork network, AnalysisReport report, ReportOptions options, Writer out)
            throws IOException {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(report, "report — pass AnalysisReport.builder().build() when there is no analysis");
        Objects.requireNonNull(options, "options — use ReportOptions.defaults()");
        out.write(new Writing(network, report, options).document());
        out.flush();
    }

    /** One report being written. */
    private final class Writing {
        private final StakeholderNetwork network;
        private final AnalysisReport report;
        private final ReportOptions options;
        private final ResourceBundle texts;
        private final ResourceBundle names;
        private final Locale locale;
        private final DisplayNames display;
        private final Html html = new Html();
        private final Set<Finding> shown = new LinkedHashSet<>();

        Writing(StakeholderNetwork network, AnalysisReport report, ReportOptions options) {
            this.network = network;
            this.report = report;
            this.options = options;
            this.locale = "nl".equals(options.locale().getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
            var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
            this.texts = ResourceBundle.getBundle("nl.vico.viz.report.report", locale, control);
            this.names = ResourceBundle.getBundle("nl.vico.viz.render.messages", locale, control);
            this.display = DisplayNames.of(options.pseudonymiseResidents());
        }

        private String t(String key, Object... args) {
            String pattern = texts.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }

        private String typeName(ActorType type) {
            return names.getString("type." + type.key());
        }

        String document() {
            String title = t("title", network.name());
            html.raw("<!DOCTYPE html>\n");
            html.open("html", "lang", locale.getLanguage()).raw("\n");
            html.open("head").raw("<meta charset=\"utf-8\"/>")
                    .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                    .element("title", title).raw("\n<style>").raw(css()).raw("</style>\n").close("head");
            html.open("body");
            html.open("header").element("h1", title).element("p", t("subtitle"), "class", "subtitle").close("header");
            contents();
            analysed();
            map();
            power();
            bridges();
            diversity();
            consortia();
            comparison();
            otherFindings();
            policy();
            glossary();
            if (options.date() != null) {
                html.open("footer").text(t("generated", date())).close("footer");
            }
            html.close("body").close("html");
            return html.toString();
        }

        private String date() {
            return options.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        }

        private void contents() {
            html.open("nav").element("h2", t("nav")).open("ol");
            String[][] sections = {{"analysed", "analysed.title"}, {"map", "map.title"}, {"power", "power.title"},
                    {"bridges", "bridges.title"}, {"diversity", "diversity.title"}, {"consortia", "consortia.title"},
                    {"comparison", "comparison.title"}, {"policy", "policy.title"}, {"glossary", "glossary.title"}};
            for (String[] s : sections) {
                if (network.consortia().isEmpty() && (s[0].equals("consortia") || s[0].equals("comparison"))) {
                    continue;
                }
                html.open("li").element("a", t(s[1]), "href", "#" + s[0]).close("li");
            }
            html.close("ol").close("nav");
        }

        // ------------------------------------------------------------------ sections

        private void analysed() {
            section("analysed", "analysed.title");
            html.open("table", "class", "facts");
            fact(t("analysed.dataset"), network.name());
            if (options.date() != null) {
                fact(t("analysed.date"), date());
            }
            fact(t("analysed.actors"), Integer.toString(network.size()));
            fact(t("analysed.ties"), Integer.toString(network.ties().size()));
            fact(t("analysed.consortia"), Integer.toString(network.consortia().size()));
            if (report.network().get("density") instanceof Number d) {
                fact(t("analysed.density"), percent(d.doubleValue()));
            }
            if (report.network().get("n_components") instanceof Number c) {
                fact(t("analysed.components"), c.toString());
            }
            html.close("table");
            if (options.pseudonymiseResidents() && network.actors().stream().anyMatch(a -> a.type() == ActorType.RESIDENT)) {
                html.element("p", t("analysed.privacy"), "class", "note");
            }
            html.close("section");
        }

        private void map() {
            section("map", "map.title");
            html.element("p", t("map.text"));
            picture(renderOptions().withSize(1500, 1000), t("map.title"));
            findings(t("findings.network"), codes(FindingCode.SINGLE_POINT_OF_FAILURE), true);
            html.close("section");
        }

        private void power() {
            section("power", "power.title");
            html.element("p", t("power.text"));
            double[] betweenness = ActorMetric.of(network, report, "betweenness").orElse(null);
            if (betweenness != null) {
                Integer[] order = new Integer[network.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -betweenness[i]).thenComparingInt(i -> i));
                int top = Math.min(10, order.length);
                html.element("h3", t("power.table"));
                html.open("table").open("thead").open("tr").element("th", t("col.actor")).element("th", t("col.type"))
                        .element("th", t("col.betweenness"), "class", "num").element("th", t("col.degree"), "class", "num")
                        .close("tr").close("thead").open("tbody");
                var bars = new ArrayList<Charts.Bar>();
                double[] degree = ActorMetric.of(network, report, "degree").orElseGet(() -> ActorMetric.degree(network));
                for (int r = 0; r < top; r++) {
                    Actor a = network.actor(order[r]);
                    html.open("tr").element("td", display.nameOf(a)).element("td", typeName(a.type()))
                            .element("td", percent(betweenness[order[r]]), "class", "num")
                            .element("td", Long.toString(Math.round(degree[order[r]])), "class", "num").close("tr");
                    bars.add(new Charts.Bar(display.nameOf(a), betweenness[order[r]], TypePalette.of(a.type())));
                }
                html.close("tbody").close("table");
                html.open("figure").raw(Charts.bars(t("power.chart"), bars, true))
                        .element("figcaption", t("power.chart")).close("figure");
            }
            findings(t("findings.network"), codes(FindingCode.POWER_CONCENTRATION), false);
            html.close("section");
        }

        private void bridges() {
            section("bridges", "bridges.title");
            html.open("table", "class", "facts");
            fact(t("bridges.brokers"), namesOf(network.actors().stream().filter(a -> a.type() == ActorType.BROKER)
                    .map(Actor::id).toList()));
            List<String> cut = report.network().get("articulation_points") instanceof List<?> l
                    ? l.stream().map(String::valueOf).toList() : List.of();
            fact(t("bridges.cutpoints"), namesOf(cut));
            if (report.network().get("bridges") instanceof List<?> b) {
                fact(t("bridges.count"), Integer.toString(b.size()));
            }
            html.close("table");
            findings(t("findings.network"), codes(FindingCode.STRUCTURAL_HOLE, FindingCode.SINGLE_POINT_OF_FAILURE), false);
            html.close("section");
        }

        private void diversity() {
            section("diversity", "diversity.title");
            html.element("p", t("diversity.text"));
            var counts = typeCounts(network.actors());
            html.element("h3", t("diversity.table"));
            html.open("table").open("thead").open("tr").element("th", t("col.type")).element("th", t("col.count"), "class", "num")
                    .element("th", t("col.share.network"), "class", "num").close("tr").close("thead").open("tbody");
            var bars = new ArrayList<Charts.Bar>();
            counts.forEach((type, c) -> {
                double share = (double) c / Math.max(1, network.size());
                html.open("tr").open("td").raw(swatch(type)).text(typeName(type)).close("td")
                        .element("td", c.toString(), "class", "num").element("td", percent(share), "class", "num").close("tr");
                bars.add(new Charts.Bar(typeName(type), share, TypePalette.of(type)));
            });
            html.close("tbody").close("table");
            html.open("figure").raw(Charts.bars(t("diversity.table"), bars, true)).element("figcaption", t("diversity.table"))
                    .close("figure");
            findings(t("findings.network"), codes(FindingCode.RESIDENTS_AT_PERIPHERY, FindingCode.LOW_DIVERSITY), false);
            html.close("section");
        }

        private void consortia() {
            if (network.consortia().isEmpty()) {
                return;
            }
            section("consortia", "consortia.title");
            for (Consortium c : network.consortia()) {
                card(c);
            }
            html.close("section");
        }

        private void card(Consortium c) {
            Map<String, Object> row = report.consortia(locale).getOrDefault(c.id(), Map.of());
            html.open("article", "class", "card", "id", "consortium-" + c.id());
            html.element("h3", c.name());
            html.open("table", "class", "facts");
            if (c.task() != null) {
                fact(t("consortium.task"), c.task());
            }
            if (c.neighbourhood() != null) {
                var hood = network.neighbourhood(c.neighbourhood());
                fact(t("consortium.neighbourhood"), hood.map(h -> h.name()
                        + (h.residents() == null ? "" : " (" + String.format(locale, "%,d", h.residents()) + ")")).orElse(c.neighbourhood()));
            }
            fact(t("consortium.role"), c.municipalityRole() == null ? t("consortium.role.none")
                    : t("municipality." + c.municipalityRole().key()));
            html.close("table");
            picture(renderOptions().withSize(1300, 860).withConsortium(c.id()), c.name());

            // members and budget shares (normalised per consortium, as the analysis does)
            List<Membership> members = network.membersOf(c.id());
            double total = members.stream().mapToDouble(m -> m.budgetShare() == null ? 0 : m.budgetShare()).sum();
            html.element("h4", t("consortium.members"));
            html.open("table").open("thead").open("tr").element("th", t("col.actor")).element("th", t("col.type"))
                    .element("th", t("col.role")).element("th", t("col.share"), "class", "num").close("tr").close("thead").open("tbody");
            var bars = new ArrayList<Charts.Bar>();
            for (Membership m : members) {
                Actor a = network.actor(m.actor()).orElseThrow();
                Double share = total > 0 && m.budgetShare() != null ? m.budgetShare() / total : null;
                html.open("tr").open("td").raw(swatch(a.type())).text(display.nameOf(a)).close("td")
                        .element("td", typeName(a.type()))
                        .element("td", m.role() == null ? t("role.none") : t("role." + m.role().key()))
                        .element("td", share == null ? "\u2013" : percent(share), "class", "num").close("tr");
                if (share != null) {
                    bars.add(new Charts.Bar(display.nameOf(a), share, TypePalette.of(a.type())));
                }
            }
            html.close("tbody").close("table");
            html.open("div", "class", "charts");
            if (!bars.isEmpty()) {
                html.open("figure").raw(Charts.bars(t("consortium.budget"), bars, true))
                        .element("figcaption", t("consortium.budget")).close("figure");
            }
            var mine = typeCounts(members.stream().map(m -> network.actor(m.actor()).orElseThrow()).toList());
            var all = typeCounts(network.actors());
            var pairs = new ArrayList<Charts.Pair>();
            all.forEach((type, n) -> pairs.add(new Charts.Pair(typeName(type),
                    members.isEmpty() ? 0 : (double) mine.getOrDefault(type, 0) / members.size(),
                    (double) n / Math.max(1, network.size()), TypePalette.of(type))));
            html.open("figure").raw(Charts.pairs(t("consortium.typemix"), pairs, t("legend.consortium"), t("legend.network")))
                    .element("figcaption", t("consortium.typemix")).close("figure");
            html.close("div");

            // scores: the assessment's scores per criterion (0-100), else every scalar number under this consortium
            var scores = new LinkedHashMap<String, Number>();
            if (row.get("scores") instanceof Map<?, ?> given) {
                given.forEach((k, v) -> {
                    if (v instanceof Number n) {
                        scores.put(String.valueOf(k), Math.round(n.doubleValue()));
                    }
                });
            } else {
                row.forEach((k, v) -> {
                    if (v instanceof Number n && !k.equals("n_members")) {
                        scores.put(k, n);
                    }
                });
            }
            if (!scores.isEmpty()) {
                html.element("h4", t("consortium.scores"));
                html.open("table", "class", "facts");
                scores.forEach((k, v) -> fact(texts.containsKey("score." + k) ? t("score." + k) : k, number(v)));
                html.close("table");
            }

            html.element("h4", t("consortium.findings"));
            List<Map<?, ?>> own = maps(row.get("findings"));
            if (own.isEmpty()) {
                html.element("p", t("consortium.nofindings"), "class", "note");
            }
            for (Map<?, ?> f : own) {
                finding(String.valueOf(f.get("code")), String.valueOf(f.get("severity")), String.valueOf(f.get("message")),
                        f.get("suggestion") == null ? null : String.valueOf(f.get("suggestion")));
            }
            List<Object> recommendations = row.get("recommendations") instanceof List<?> l ? new ArrayList<>(l) : List.of();
            if (!recommendations.isEmpty()) {
                html.element("h4", t("consortium.recommendations"));
                html.open("ol", "class", "recommendations");
                for (Object r : recommendations.subList(0, Math.min(3, recommendations.size()))) {
                    String text = r instanceof Map<?, ?> m ? String.valueOf(firstOf(m, "message", "suggestion", "text", "action"))
                            : String.valueOf(r);
                    html.element("li", text);
                }
                html.close("ol");
            }
            html.close("article");
        }

        private void comparison() {
            if (network.consortia().isEmpty()) {
                return;
            }
            section("comparison", "comparison.title");
            html.open("table", "class", "comparison").open("thead").open("tr").element("th", "")
                    .element("th", t("comparison.members"), "class", "num").element("th", t("comparison.types"), "class", "num")
                    .element("th", t("comparison.residents"), "class", "num").element("th", t("comparison.largest"), "class", "num")
                    .element("th", t("comparison.findings"), "class", "num").close("tr").close("thead").open("tbody");
            for (Consortium c : network.consortia()) {
                List<Membership> members = network.membersOf(c.id());
                var actors = members.stream().map(m -> network.actor(m.actor()).orElseThrow()).toList();
                double total = members.stream().mapToDouble(m -> m.budgetShare() == null ? 0 : m.budgetShare()).sum();
                double largest = total > 0 ? members.stream().mapToDouble(m -> m.budgetShare() == null ? 0 : m.budgetShare())
                        .max().orElse(0) / total : Double.NaN;
                var own = maps(report.consortia(locale).getOrDefault(c.id(), Map.of()).get("findings"));
                long critical = own.stream().filter(f -> "critical".equalsIgnoreCase(String.valueOf(f.get("severity")))).count();
                long warning = own.stream().filter(f -> "warning".equalsIgnoreCase(String.valueOf(f.get("severity")))).count();
                html.open("tr").open("th").element("a", c.name(), "href", "#consortium-" + c.id()).close("th")
                        .element("td", Integer.toString(members.size()), "class", "num")
                        .element("td", Long.toString(actors.stream().map(Actor::type).distinct().count()), "class", "num")
                        .element("td", Long.toString(actors.stream().filter(a -> a.type().isResidentSide()).count()), "class", "num")
                        .element("td", Double.isNaN(largest) ? "\u2013" : percent(largest), "class", "num")
                        .element("td", critical + " / " + warning, "class", "num").close("tr");
            }
            html.close("tbody").close("table");
            html.close("section");
        }

        private void otherFindings() {
            var rest = report.findings().stream().filter(f -> !shown.contains(f)).toList();
            if (rest.isEmpty()) {
                return;
            }
            html.open("section", "id", "other-findings").element("h2", t("findings.other"));
            rest.forEach(this::finding);
            html.close("section");
        }

        private void policy() {
            section("policy", "policy.title");
            html.element("p", t("policy.text"));
            // each distinct (finding, threshold): network and consortium findings of one code may use different limits
            var thresholds = new LinkedHashSet<List<String>>();
            for (Finding f : report.findings()) {
                if (f.threshold() != null) {
                    thresholds.add(List.of(f.code().name(), number(f.threshold())));
                }
            }
            for (Consortium c : network.consortia()) {
                for (Map<?, ?> f : maps(report.consortia(locale).getOrDefault(c.id(), Map.of()).get("findings"))) {
                    if (f.get("threshold") instanceof Number n) {
                        thresholds.add(List.of(String.valueOf(f.get("code")), number(n)));
                    }
                }
            }
            if (report.network().get("policy") instanceof Map<?, ?> policy) {
                policy.forEach((k, v) -> thresholds.add(List.of(String.valueOf(k), v instanceof Number n ? number(n) : String.valueOf(v))));
            }
            if (thresholds.isEmpty()) {
                html.element("p", t("policy.none"), "class", "note");
            } else {
                html.open("table").open("thead").open("tr").element("th", t("col.finding")).element("th", t("col.threshold"), "class", "num")
                        .close("tr").close("thead").open("tbody");
                thresholds.forEach(p -> html.open("tr").element("td", title(p.get(0))).element("td", p.get(1), "class", "num").close("tr"));
                html.close("tbody").close("table");
            }
            html.close("section");
        }

        private void glossary() {
            section("glossary", "glossary.title");
            html.open("dl");
            for (String key : List.of("degree", "betweenness", "closeness", "pagerank", "constraint", "effective_size",
                    "brokerage", "cutpoint", "bridge", "community", "density", "structural_hole", "blau", "hhi")) {
                String sentence = t("gloss." + key);
                int colon = sentence.indexOf(':');
                html.element("dt", sentence.substring(0, colon)).element("dd", sentence.substring(colon + 1).strip());
            }
            html.close("dl");
            html.close("section");
        }

        // ------------------------------------------------------------------ pieces

        private void section(String id, String titleKey) {
            html.open("section", "id", id).element("h2", t(titleKey));
        }

        private void fact(String name, String value) {
            html.open("tr").element("th", name).element("td", value).close("tr");
        }

        private RenderOptions renderOptions() {
            return RenderOptions.defaults().withLocale(locale).withDate(options.date()).withSeed(options.seed())
                    .withPseudonymiseResidents(options.pseudonymiseResidents());
        }

        private void picture(RenderOptions ro, String alt) {
            var bytes = new ByteArrayOutputStream();
            try {
                ImageIO.write(renderer.renderImage(network, report, ro), "png", bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            html.open("figure", "class", "map")
                    .raw("<img alt=\"" + Html.escape(alt) + "\" src=\"data:image/png;base64,"
                            + Base64.getEncoder().encodeToString(bytes.toByteArray()) + "\"/>")
                    .close("figure");
        }

        private List<Finding> codes(FindingCode... codes) {
            var wanted = Set.of(codes);
            return report.findings().stream().filter(f -> wanted.contains(f.code())).toList();
        }

        private void findings(String heading, List<Finding> list, boolean quiet) {
            var fresh = list.stream().filter(f -> !shown.contains(f)).toList();
            if (fresh.isEmpty()) {
                if (!quiet) {
                    html.element("h3", heading).element("p", t("findings.none"), "class", "note");
                }
                return;
            }
            html.element("h3", heading);
            fresh.forEach(this::finding);
        }

        private void finding(Finding f) {
            shown.add(f);
            finding(f.code().name(), f.severity().key(), FindingMessages.render(f, locale),
                    FindingMessages.suggestion(f, locale));
        }

        private void finding(String code, String severity, String message, String suggestion) {
            String sev = severity.toLowerCase(Locale.ROOT);
            String label = texts.containsKey("severity." + sev) ? t("severity." + sev) : sev;
            html.open("div", "class", "finding " + sev).element("span", label, "class", "severity").raw(" ")
                    .element("strong", title(code)).raw(" ").element("span", message, "class", "message");
            if (suggestion != null && !suggestion.isBlank()) {
                html.raw(" ").element("em", suggestion, "class", "suggestion");
            }
            html.close("div");
        }

        /** A finding code's title in the report's language; any other key (a policy key) in words. */
        private String title(String code) {
            for (FindingCode c : FindingCode.values()) {
                if (c.name().equals(code)) {
                    return FindingMessages.title(c, locale);
                }
            }
            return humanCode(code);
        }

        private String namesOf(List<String> ids) {
            if (ids.isEmpty()) {
                return t("bridges.none");
            }
            return String.join(", ", ids.stream().map(id -> network.actor(id).map(display::nameOf).orElse(id)).toList());
        }

        private Map<ActorType, Integer> typeCounts(List<Actor> actors) {
            var counts = new EnumMap<ActorType, Integer>(ActorType.class);
            actors.forEach(a -> counts.merge(a.type(), 1, Integer::sum));
            return counts;
        }

        private String swatch(ActorType type) {
            return "<span class=\"swatch\" style=\"background:" + TypePalette.hex(TypePalette.of(type)) + "\"></span>";
        }

        private String percent(double share) {
            return String.format(locale, "%.1f%%", share * 100);
        }

        private String number(Number n) {
            if (n instanceof Integer || n instanceof Long) {
                return n.toString();
            }
            return String.format(locale, "%.3f", n.doubleValue());
        }
    }

    private static String humanCode(String code) {
        String s = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<Map<?, ?>> maps(Object value) {
        var list = new ArrayList<Map<?, ?>>();
        if (value instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    list.add(m);
                }
            }
        }
        return list;
    }

    private static Object firstOf(Map<?, ?> map, String... keys) {
        for (String k : keys) {
            if (map.get(k) != null) {
                return map.get(k);
            }
        }
        return map;
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the viz jar — rebuild the viz module");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
