package nl.vico.viz.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.model.Actor;
import nl.vico.model.ActorType;
import nl.vico.model.StakeholderNetwork;
import nl.vico.model.Tie;
import nl.vico.model.TieKind;
import nl.vico.viz.ActorMetric;
import nl.vico.viz.DisplayNames;
import nl.vico.viz.TypePalette;

/**
 * Decides what a picture shows ({@link Scene}) from a network, its report and the options: the plain map,
 * the consortium view, or — above {@link RenderOptions#aggregateAbove()} actors — the map of groups
 * (communities of the report, or actor types when the report has no communities).
 */
final class SceneBuilder {
    /** Order in which tie kinds are drawn: the numerous, soft ties first, money and contracts on top. */
    private static final List<TieKind> KIND_ORDER = List.of(TieKind.TRUSTS, TieKind.MEMBER_OF, TieKind.INFORMS,
            TieKind.COLLABORATES, TieKind.FUNDS, TieKind.CONTRACTS);
    private static final Color STROKE = new Color(0x333333);
    private static final String SEPARATOR = "  \u00b7  ";

    private final StakeholderNetwork network;
    private final AnalysisReport report;
    private final RenderOptions options;
    private final Messages msg;
    private final DisplayNames names;
    private final double scale;

    SceneBuilder(StakeholderNetwork network, AnalysisReport report, RenderOptions options) {
        this.network = network;
        this.report = report;
        this.options = options;
        this.msg = new Messages(options.locale());
        this.names = DisplayNames.of(options.pseudonymiseResidents());
        this.scale = Math.max(0.6, Math.min(2.5, Math.min(options.width() / 1600.0, options.height() / 1100.0)));
    }

    Scene build() {
        String consortiumId = options.consortium();
        if (consortiumId != null && network.consortium(consortiumId).isEmpty()) {
            throw new IllegalArgumentException("there is no consortium " + consortiumId + " in " + network.name()
                    + " — give one of " + network.consortia().stream().map(c -> c.id()).toList());
        }
        if (consortiumId == null && network.size() > options.aggregateAbove()) {
            return groups();
        }
        if (consortiumId != null && network.size() > options.aggregateAbove()) {
            return actors(membersAndContacts(consortiumId), consortiumId);
        }
        return actors(network, consortiumId);
    }

    // ---------------------------------------------------------------- frame

    private final class Frame {
        final Rectangle2D.Double plot;
        final Rectangle2D.Double legend;

        Frame(int captionLines) {
            double margin = Scene.MARGIN * scale;
            double legendWidth = Math.min(300 * scale, options.width() * 0.3);
            double titleBand = 86 * scale;
            double captionBand = captionLines * Scene.CAPTION_LINE * scale + margin;
            double w = options.width() - legendWidth - 3 * margin;
            double h = options.height() - titleBand - captionBand - margin * 0.4;
            plot = new Rectangle2D.Double(margin, titleBand, Math.max(50, w), Math.max(50, h));
            legend = new Rectangle2D.Double(options.width() - legendWidth - margin, titleBand, legendWidth, Math.max(50, h));
        }
    }

    private Scene scene(Frame frame, String title, String subtitle, List<String> caption, List<Scene.NodeGlyph> nodes,
                        List<Scene.EdgeGlyph> edges, List<Scene.Label> labels, List<Scene.LegendItem> legend, String note) {
        return new Scene(options.width(), options.height(), scale, frame.plot, frame.legend, title, subtitle, caption,
                nodes, edges, labels, wrapLegend(legend, frame.legend.width), note);
    }

    /** Splits legend entries too long for the panel over several rows, at spaces. */
    private List<Scene.LegendItem> wrapLegend(List<Scene.LegendItem> items, double panelWidth) {
        var result = new ArrayList<Scene.LegendItem>();
        for (Scene.LegendItem item : items) {
            boolean heading = item.kind() == Scene.LegendKind.HEADING;
            double available = panelWidth - (heading ? 18 : 54) * scale;
            var font = new java.awt.Font(Scene.FONT, heading ? java.awt.Font.BOLD : java.awt.Font.PLAIN, 1)
                    .deriveFont((float) ((heading ? Scene.LEGEND_HEADING_FONT : Scene.LEGEND_FONT) * scale));
            String rest = item.text();
            boolean first = true;
            while (!rest.isEmpty()) {
                String line = rest;
                while (font.getStringBounds(line, LabelPlacer.FRC).getWidth() > available && line.lastIndexOf(' ') > 0) {
                    line = line.substring(0, line.lastIndexOf(' '));
                }
                rest = rest.substring(line.length()).strip();
                if (first) {
                    result.add(new Scene.LegendItem(item.kind(), line, item.color(), item.shape(), item.dashed()));
                    first = false;
                } else {
                    var kind = item.kind() == Scene.LegendKind.NOTE || heading ? item.kind() : Scene.LegendKind.TEXT;
                    result.add(new Scene.LegendItem(kind, line, null, null, false));
                }
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- actors

    private Scene actors(StakeholderNetwork net, String consortiumId) {
        int n = net.size();
        List<String> caption = caption(net, consortiumId != null && net != network, true);
        var frame = new Frame(caption.size());
        String title = options.title() != null ? options.title()
                : consortiumId != null ? network.consortium(consortiumId).orElseThrow().name() : network.name();
        if (n == 0) {
            return scene(frame, title, msg.get("subtitle.network", 0, 0), caption, List.of(), List.of(), List.of(),
                    List.of(), msg.get("empty"));
        }
        int[][] adjacency = adjacency(net);
        double[][] xy = ForceLayout.layout(n, adjacency, options.seed(), n > 300 ? communities(net) : null);
        double[] metric = sizeMetric(net);
        double[] size = sizes(metric, n);

        // who is what
        Set<String> cutPoints = cutPoints();
        Set<String> members = new HashSet<>();
        Set<String> contacts = new HashSet<>();
        Set<String> flagged = new HashSet<>();
        if (consortiumId != null) {
            net.membersOf(consortiumId).forEach(m -> members.add(m.actor()));
            for (int i = 0; i < n; i++) {
                if (members.contains(net.actor(i).id())) {
                    for (int j : adjacency[i]) {
                        if (!members.contains(net.actor(j).id())) {
                            contacts.add(net.actor(j).id());
                        }
                    }
                }
            }
            flagged.addAll(findingActors(consortiumId));
        }
        boolean view = consortiumId != null;

        double[] px = new double[n];
        double[] py = new double[n];
        double maxSize = Arrays.stream(size).max().orElse(10);
        fit(xy, frame.plot, maxSize / 2 + 6 * scale, 160 * scale, px, py);
        separate(px, py, size, frame.plot);

        var nodes = new ArrayList<Scene.NodeGlyph>(n);
        for (int i = 0; i < n; i++) {
            Actor a = net.actor(i);
            int state = !view ? 1 : members.contains(a.id()) ? 2 : contacts.contains(a.id()) ? 1 : 0;
            double alpha = !view ? 1.0 : state == 2 ? 1.0 : state == 1 ? 0.55 : 0.2;
            var rings = new ArrayList<Scene.Ring>();
            if (state == 2 && view) {
                rings.add(new Scene.Ring(Scene.MEMBER, 3.0 * scale));
            }
            if (cutPoints.contains(a.id())) {
                rings.add(new Scene.Ring(withAlpha(Scene.CUT_POINT, Math.max(alpha, 0.35)), 2.6 * scale));
            }
            Scene.Shape shape = a.type() == ActorType.BROKER ? Scene.Shape.DIAMOND
                    : a.formal() ? Scene.Shape.BOX : Scene.Shape.CIRCLE;
            double stroke = (a.newcomer() ? 1.8 : 1.0) * scale;
            nodes.add(new Scene.NodeGlyph(a.id(), names.nameOf(a), px[i], py[i], size[i],
                    withAlpha(TypePalette.of(a.type()), alpha), shape, a.newcomer(),
                    withAlpha(a.newcomer() ? Color.BLACK : STROKE, Math.max(alpha, 0.3)), stroke, rings,
                    flagged.contains(a.id()), state));
        }

        List<Scene.EdgeGlyph> edges = edges(net, members, view, n);

        // labels: brokers, cut points, members and flagged actors first, then by the size metric
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // within a tier by the size metric; a resident counts half, as "Resident r37" tells a reader less than
        // an organisation's name
        double[] rank = new double[n];
        for (int i = 0; i < n; i++) {
            rank[i] = metric[i] * (net.actor(i).type() == ActorType.RESIDENT ? 0.5 : 1.0);
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> priority(net.actor(i), members, cutPoints, flagged))
                .thenComparing(i -> -rank[i]).thenComparing(i -> i));
        int top = Math.min(5, n);
        var candidates = new ArrayList<LabelPlacer.Candidate>();
        int limit = n <= options.maxLabels() ? n : options.maxLabels();
        for (int r = 0; r < n && candidates.size() < Math.max(limit * 3, limit); r++) {
            int i = order[r];
            Actor a = net.actor(i);
            if (view && !members.contains(a.id()) && !flagged.contains(a.id()) && r >= limit) {
                continue;
            }
            boolean bold = r < top || (view && members.contains(a.id()));
            candidates.add(new LabelPlacer.Candidate(i, names.nameOf(a), (float) ((bold ? 12.5 : 11) * scale), bold,
                    view && !members.contains(a.id())));
        }
        List<Scene.Label> labels = LabelPlacer.place(candidates, nodes, frame.plot, limit);

        String subtitle = view
                ? msg.get("subtitle.consortium", members.size(), network.name())
                : msg.get("subtitle.network", n, net.ties().size());
        return scene(frame, title, subtitle, caption, nodes, edges, labels, legend(net, nodes, edges, view, !flagged.isEmpty(),
                        net.actors().stream().anyMatch(a -> cutPoints.contains(a.id())), false), null);
    }

    /** Label priority: members first, then brokers and cut points, then actors named in findings, then the rest. */
    private static int priority(Actor a, Set<String> members, Set<String> cutPoints, Set<String> flagged) {
        if (members.contains(a.id())) {
            return 0;
        }
        if (a.type() == ActorType.BROKER || cutPoints.contains(a.id())) {
            return 1;
        }
        return flagged.contains(a.id()) ? 2 : 3;
    }

    private List<Scene.EdgeGlyph> edges(StakeholderNetwork net, Set<String> members, boolean view, int n) {
        double baseAlpha = n <= 150 ? 0.7 : n <= 600 ? 0.45 : 0.25;
        // one glyph per pair, kind and direction (repeated ties drawn once, with their largest weight)
        var unique = new LinkedHashMap<String, Tie>();
        for (Tie t : net.ties()) {
            if (t.isSelfLoop()) {
                continue;
            }
            String key = t.directed() ? t.source() + "\u0000" + t.target() : pairKey(t.source(), t.target());
            key += "\u0000" + t.kind() + "\u0000" + t.directed();
            unique.merge(key, t, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        record Sortable(Scene.EdgeGlyph glyph, int kind, int index) {
        }
        var sortable = new ArrayList<Sortable>();
        for (Tie t : unique.values()) {
            int s = net.indexOf(t.source());
            int u = net.indexOf(t.target());
            int inside = (members.contains(t.source()) ? 1 : 0) + (members.contains(t.target()) ? 1 : 0);
            int layer = !view ? 1 : inside == 2 ? 2 : inside == 1 ? 1 : 0;
            double alpha = !view ? baseAlpha : layer == 2 ? 0.95 : layer == 1 ? 0.5 : 0.08;
            double width = (n <= 600 ? 1.0 : 0.6) * scale * (1 + 0.35 * Math.log(Math.max(1, t.weight())));
            if (view && layer == 2) {
                width += 1.0 * scale;
            }
            width = Math.round(width * 4) / 4.0;
            var glyph = new Scene.EdgeGlyph(s, u, withAlpha(TypePalette.of(t.kind()), alpha), width,
                    TypePalette.dashed(t.kind()), t.directed(), layer);
            sortable.add(new Sortable(glyph, KIND_ORDER.indexOf(t.kind()), sortable.size()));
        }
        sortable.sort(Comparator.<Sortable>comparingInt(x -> x.glyph().layer()).thenComparingInt(Sortable::kind)
                .thenComparingInt(Sortable::index));
        return sortable.stream().map(Sortable::glyph).toList();
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    // ---------------------------------------------------------------- groups (aggregated)

    private Scene groups() {
        int n = network.size();
        Map<Integer, Integer> communityOf = new HashMap<>();
        boolean byCommunity = true;
        for (int i = 0; i < n; i++) {
            var row = report.actors().get(network.actor(i).id());
            if (row != null && row.get("community") instanceof Number c) {
                communityOf.put(i, c.intValue());
            } else {
                byCommunity = false;
                break;
            }
        }
        // group keys in order of first appearance; group i's label and dominant type
        var keyOf = new String[n];
        var groupIndex = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < n; i++) {
            keyOf[i] = byCommunity ? "c" + communityOf.get(i) : "t" + network.actor(i).type().key();
            groupIndex.putIfAbsent(keyOf[i], groupIndex.size());
        }
        int g = groupIndex.size();
        int[] members = new int[g];
        int[][] typeCounts = new int[g][ActorType.values().length];
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            groupOf[i] = groupIndex.get(keyOf[i]);
            members[groupOf[i]]++;
            typeCounts[groupOf[i]][network.actor(i).type().ordinal()]++;
        }
        var between = new HashMap<Long, Integer>();
        for (Tie t : network.ties()) {
            int a = groupOf[network.indexOf(t.source())];
            int b = groupOf[network.indexOf(t.target())];
            if (a != b) {
                between.merge((long) Math.min(a, b) * g + Math.max(a, b), 1, Integer::sum);
            }
        }
        var neighbours = new ArrayList<TreeSet<Integer>>();
        for (int i = 0; i < g; i++) {
            neighbours.add(new TreeSet<>());
        }
        between.keySet().forEach(k -> {
            neighbours.get((int) (k / g)).add((int) (k % g));
            neighbours.get((int) (k % g)).add((int) (k / g));
        });
        int[][] adjacency = new int[g][];
        for (int i = 0; i < g; i++) {
            adjacency[i] = neighbours.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        // each group is named after its most central member
        double[] metric = sizeMetric(network);
        int[] central = new int[g];
        Arrays.fill(central, -1);
        for (int i = 0; i < n; i++) {
            int c = groupOf[i];
            if (central[c] < 0 || metric[i] > metric[central[c]]) {
                central[c] = i;
            }
        }
        List<String> caption = caption(network, false, false);
        var frame = new Frame(caption.size());
        double[][] xy = ForceLayout.layout(g, adjacency, options.seed());
        int maxMembers = Arrays.stream(members).max().orElse(1);
        // few groups may be drawn big; many must stay small enough not to cover each other
        double biggest = Math.max(28, Math.min(110, frame.plot.height / scale / (Math.sqrt(g) * 3.2)));
        double[] size = new double[g];
        for (int i = 0; i < g; i++) {
            size[i] = (12 + biggest * Math.sqrt((double) members[i] / maxMembers)) * scale;
        }
        double[] px = new double[g];
        double[] py = new double[g];
        fit(xy, frame.plot, Arrays.stream(size).max().orElse(10) / 2 + 8 * scale, Double.MAX_VALUE, px, py);
        separate(px, py, size, frame.plot);
        var keys = new ArrayList<>(groupIndex.keySet());
        var nodes = new ArrayList<Scene.NodeGlyph>();
        var candidates = new ArrayList<LabelPlacer.Candidate>();
        for (int i = 0; i < g; i++) {
            ActorType dominant = ActorType.values()[0];
            for (ActorType t : ActorType.values()) {
                if (typeCounts[i][t.ordinal()] > typeCounts[i][dominant.ordinal()]) {
                    dominant = t;
                }
            }
            String key = keys.get(i);
            String name = byCommunity ? msg.get("community", key.substring(1), members[i], names.nameOf(network.actor(central[i])))
                    : msg.get("group.type", msg.get("type." + key.substring(1)), members[i]);
            nodes.add(new Scene.NodeGlyph(key, name, px[i], py[i], size[i],
                    TypePalette.of(dominant), Scene.Shape.CIRCLE, false, STROKE, 1.0 * scale, List.of(), false, 1));
        }
        Integer[] order = new Integer[g];
        for (int i = 0; i < g; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -members[i]).thenComparingInt(i -> i));
        for (int r = 0; r < g; r++) {
            candidates.add(new LabelPlacer.Candidate(order[r], nodes.get(order[r]).name(), (float) (12 * scale), r < 3, false));
        }
        int maxTies = between.values().stream().max(Integer::compare).orElse(1);
        var edges = new ArrayList<Scene.EdgeGlyph>();
        between.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            double width = (0.6 + 5.4 * Math.sqrt((double) e.getValue() / maxTies)) * scale;
            edges.add(new Scene.EdgeGlyph((int) (e.getKey() / g), (int) (e.getKey() % g), new Color(0x66, 0x66, 0x66, 140),
                    Math.round(width * 4) / 4.0, false, false, 1));
        });
        List<Scene.Label> labels = LabelPlacer.place(candidates, nodes, frame.plot,
                options.maxLabels() == 0 ? 0 : Math.max(options.maxLabels(), Math.min(g, 200)));
        String title = options.title() != null ? options.title() : network.name();
        return scene(frame, title, msg.get("subtitle.aggregated", n, g), caption, nodes, edges, labels, legend(network, nodes, edges, false, false, false, true), null);
    }

    // ---------------------------------------------------------------- legend and caption

    private List<Scene.LegendItem> legend(StakeholderNetwork net, List<Scene.NodeGlyph> nodes, List<Scene.EdgeGlyph> edges,
                                          boolean view, boolean flagged, boolean hasCutPoints, boolean aggregated) {
        var items = new ArrayList<Scene.LegendItem>();
        var typeCounts = new EnumMap<ActorType, Integer>(ActorType.class);
        net.actors().forEach(a -> typeCounts.merge(a.type(), 1, Integer::sum));
        items.add(Scene.LegendItem.heading(msg.get(aggregated ? "legend.types.aggregated" : "legend.types")));
        if (aggregated) {
            for (ActorType t : ActorType.values()) {
                if (nodes.stream().anyMatch(nd -> nd.fill().getRGB() == TypePalette.of(t).getRGB())) {
                    items.add(new Scene.LegendItem(Scene.LegendKind.NODE, msg.get("type." + t.key()), TypePalette.of(t),
                            Scene.Shape.CIRCLE, false));
                }
            }
        } else {
            typeCounts.forEach((t, c) -> items.add(new Scene.LegendItem(Scene.LegendKind.NODE,
                    msg.get("type." + t.key()) + " (" + c + ")", TypePalette.of(t), Scene.Shape.CIRCLE, false)));
        }
        if (aggregated) {
            items.add(Scene.LegendItem.heading(msg.get("legend.ties")));
            items.add(new Scene.LegendItem(Scene.LegendKind.EDGE, msg.get("legend.tiesbetween"), new Color(0x666666), null, false));
            return items;
        }
        var shapes = new EnumMap<Scene.Shape, Boolean>(Scene.Shape.class);
        nodes.forEach(nd -> shapes.put(nd.shape(), true));
        items.add(Scene.LegendItem.heading(msg.get("legend.shapes")));
        Color neutral = new Color(0xBBBBBB);
        if (shapes.containsKey(Scene.Shape.BOX)) {
            items.add(new Scene.LegendItem(Scene.LegendKind.NODE, msg.get("legend.shape.formal"), neutral, Scene.Shape.BOX, false));
        }
        if (shapes.containsKey(Scene.Shape.CIRCLE)) {
            items.add(new Scene.LegendItem(Scene.LegendKind.NODE, msg.get("legend.shape.informal"), neutral, Scene.Shape.CIRCLE, false));
        }
        if (shapes.containsKey(Scene.Shape.DIAMOND)) {
            items.add(new Scene.LegendItem(Scene.LegendKind.NODE, msg.get("legend.shape.broker"),
                    TypePalette.of(ActorType.BROKER), Scene.Shape.DIAMOND, false));
        }
        var marks = new ArrayList<Scene.LegendItem>();
        if (nodes.stream().anyMatch(Scene.NodeGlyph::dashed)) {
            marks.add(new Scene.LegendItem(Scene.LegendKind.NODE, msg.get("legend.newcomer"), neutral, Scene.Shape.CIRCLE, true));
        }
        if (hasCutPoints) {
            marks.add(new Scene.LegendItem(Scene.LegendKind.RING, msg.get("legend.cutpoint"), Scene.CUT_POINT, null, false));
        }
        if (view) {
            marks.add(new Scene.LegendItem(Scene.LegendKind.RING, msg.get("legend.member"), Scene.MEMBER, null, false));
            marks.add(new Scene.LegendItem(Scene.LegendKind.NODE, msg.get("legend.contact"), withAlpha(neutral, 0.55),
                    Scene.Shape.CIRCLE, false));
        }
        if (flagged) {
            marks.add(new Scene.LegendItem(Scene.LegendKind.BADGE, msg.get("legend.finding"), Scene.BADGE, null, false));
        }
        if (!marks.isEmpty()) {
            items.add(Scene.LegendItem.heading(msg.get("legend.marks")));
            items.addAll(marks);
        }
        var kinds = new TreeSet<TieKind>();
        net.ties().forEach(t -> kinds.add(t.kind()));
        if (!kinds.isEmpty()) {
            items.add(Scene.LegendItem.heading(msg.get("legend.ties")));
            kinds.forEach(k -> items.add(new Scene.LegendItem(Scene.LegendKind.EDGE, msg.get("kind." + k.key()),
                    TypePalette.of(k), null, TypePalette.dashed(k))));
            if (edges.stream().anyMatch(Scene.EdgeGlyph::arrow)) {
                items.add(Scene.LegendItem.note(msg.get("legend.arrow")));
            }
        }
        return items;
    }

    private List<String> caption(StakeholderNetwork shown, boolean partOfNetwork, boolean actorsShown) {
        var groups = new ArrayList<List<String>>();
        var first = new ArrayList<String>();
        first.add(msg.get("caption.dataset", network.name()));
        first.add(msg.get("caption.counts", network.size(), network.ties().size()));
        if (options.date() != null) {
            first.add(msg.get("caption.date",
                    options.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(msg.locale()))));
        }
        groups.add(first);
        if (partOfNetwork) {
            groups.add(List.of(msg.get("caption.neighbourhood", shown.size(), network.size())));
        }
        if (actorsShown) {
            groups.add(List.of(msg.get("caption.size", metricName()), msg.get("caption.labels", options.maxLabels()),
                    msg.get("caption.layout", Long.toString(options.seed()))));
            if (options.pseudonymiseResidents() && shown.actors().stream().anyMatch(a -> a.type() == ActorType.RESIDENT)) {
                groups.add(List.of(msg.get("caption.pseudonyms")));
            }
        } else {
            groups.add(List.of(msg.get("caption.aggregated"), msg.get("caption.layout", Long.toString(options.seed()))));
        }
        return wrap(groups);
    }

    /** Joins each group's parts with a middle dot, starting a new line where the picture is too narrow. */
    private List<String> wrap(List<List<String>> groups) {
        var font = new java.awt.Font(Scene.FONT, java.awt.Font.PLAIN, 1).deriveFont((float) (Scene.CAPTION_FONT * scale));
        double max = options.width() - 2 * Scene.MARGIN * scale;
        var lines = new ArrayList<String>();
        for (List<String> parts : groups) {
            String line = "";
            for (String part : parts) {
                String longer = line.isEmpty() ? part : line + SEPARATOR + part;
                if (!line.isEmpty() && font.getStringBounds(longer, LabelPlacer.FRC).getWidth() > max) {
                    lines.add(line);
                    line = part;
                } else {
                    line = longer;
                }
            }
            lines.add(line);
        }
        return lines;
    }

    private String metricName() {
        String key = resolvedMetricKey();
        return msg.getOr("metric." + key, key);
    }

    // ---------------------------------------------------------------- data from the report

    private String resolvedMetricKey() {
        if (options.sizeMetric() != null) {
            return options.sizeMetric();
        }
        return ActorMetric.of(network, report, ActorMetric.DEFAULT_SIZE_KEY).isPresent() ? ActorMetric.DEFAULT_SIZE_KEY : "degree";
    }

    private double[] sizeMetric(StakeholderNetwork net) {
        if (options.sizeMetric() != null) {
            return ActorMetric.of(net, report, options.sizeMetric()).orElseThrow(() -> new IllegalArgumentException(
                    "the report has no per-actor number " + options.sizeMetric() + " to size the actors by — give one of "
                            + ActorMetric.numericKeys(report)));
        }
        return ActorMetric.of(net, report, ActorMetric.DEFAULT_SIZE_KEY).orElseGet(() -> ActorMetric.degree(net));
    }

    private double[] sizes(double[] metric, int n) {
        double lo = (n <= 150 ? 8 : n <= 600 ? 5.5 : n <= 1200 ? 3.5 : 2.5) * scale;
        double hi = (n <= 150 ? 38 : n <= 600 ? 28 : n <= 1200 ? 18 : 13) * scale;
        double max = Arrays.stream(metric).max().orElse(0);
        double[] size = new double[n];
        for (int i = 0; i < n; i++) {
            double share = max > 0 ? Math.sqrt(Math.max(0, metric[i]) / max) : 0.2;
            size[i] = Math.round((lo + (hi - lo) * share) * 4) / 4.0;
        }
        return size;
    }

    /** The report's community of each actor, or null when not every actor has one. */
    private int[] communities(StakeholderNetwork net) {
        int[] community = new int[net.size()];
        for (int i = 0; i < community.length; i++) {
            var row = report.actors().get(net.actor(i).id());
            if (row == null || !(row.get("community") instanceof Number c)) {
                return null;
            }
            community[i] = c.intValue();
        }
        return community;
    }

    /** Ids of the network's articulation points: the report's network list, else its per-actor flags. */
    private Set<String> cutPoints() {
        var ids = new HashSet<String>();
        if (report.network().get("articulation_points") instanceof List<?> list) {
            list.forEach(o -> ids.add(String.valueOf(o)));
        }
        report.actors().forEach((id, row) -> {
            if (Boolean.TRUE.equals(row.get("articulation_point"))) {
                ids.add(id);
            }
        });
        return ids;
    }

    /**
     * Actors to mark with a finding badge: everyone the consortium's own findings name (under
     * {@code consortia.<id>.findings}, each with an {@code actors} list), and the actors of network findings
     * that name individual actors — at most 12, or 10% of the network if that is more. A finding about a
     * whole group (say, all 81 residents at the periphery) would put a badge on everyone and show nothing.
     */
    private Set<String> findingActors(String consortiumId) {
        var ids = new HashSet<String>();
        int individual = Math.max(12, network.size() / 10);
        report.findings().stream().filter(f -> f.actors().size() <= individual).forEach(f -> ids.addAll(f.actors()));
        var row = report.consortia().get(consortiumId);
        if (row != null && row.get("findings") instanceof List<?> list) {
            for (Object f : list) {
                if (f instanceof Map<?, ?> map && map.get("actors") instanceof List<?> actors) {
                    actors.forEach(a -> ids.add(String.valueOf(a)));
                }
            }
        }
        return ids;
    }

    private StakeholderNetwork membersAndContacts(String consortiumId) {
        var keep = new HashSet<String>();
        network.membersOf(consortiumId).forEach(m -> keep.add(m.actor()));
        var members = Set.copyOf(keep);
        for (Tie t : network.ties()) {
            if (members.contains(t.source())) {
                keep.add(t.target());
            }
            if (members.contains(t.target())) {
                keep.add(t.source());
            }
        }
        var b = StakeholderNetwork.builder(network.name());
        network.actors().stream().filter(a -> keep.contains(a.id())).forEach(b::actor);
        network.ties().stream().filter(t -> keep.contains(t.source()) && keep.contains(t.target())).forEach(b::tie);
        b.consortium(network.consortium(consortiumId).orElseThrow());
        network.membersOf(consortiumId).forEach(b::member);
        return b.build();
    }

    // ---------------------------------------------------------------- geometry

    static int[][] adjacency(StakeholderNetwork net) {
        var sets = new ArrayList<TreeSet<Integer>>();
        for (int i = 0; i < net.size(); i++) {
            sets.add(new TreeSet<>());
        }
        for (Tie t : net.ties()) {
            int s = net.indexOf(t.source());
            int u = net.indexOf(t.target());
            if (s != u) {
                sets.get(s).add(u);
                sets.get(u).add(s);
            }
        }
        int[][] adjacency = new int[net.size()][];
        for (int i = 0; i < adjacency.length; i++) {
            adjacency[i] = sets.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return adjacency;
    }

    /**
     * Scales layout coordinates into the plot, centred, {@code inset} pixels from its edge. The axes may be
     * scaled differently by at most a factor 1.4, so a roughly square layout uses more of a landscape plot
     * without visibly distorting it; at most {@code maxUnit} pixels per unit of ideal edge length, so a small
     * network is not blown up.
     */
    private static void fit(double[][] xy, Rectangle2D.Double plot, double inset, double maxUnit, double[] px, double[] py) {
        int n = px.length;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xy[0][i]);
            maxX = Math.max(maxX, xy[0][i]);
            minY = Math.min(minY, xy[1][i]);
            maxY = Math.max(maxY, xy[1][i]);
        }
        double w = Math.max(plot.width - 2 * inset, 1);
        double h = Math.max(plot.height - 2 * inset, 1);
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double fx = spanX > 0 ? w / spanX : Double.MAX_VALUE;
        double fy = spanY > 0 ? h / spanY : Double.MAX_VALUE;
        double s = Math.min(Math.min(fx, fy), maxUnit);
        double sx = s == Double.MAX_VALUE ? 0 : Math.min(fx, 1.4 * s);
        double sy = s == Double.MAX_VALUE ? 0 : Math.min(fy, 1.4 * s);
        double cx = plot.getCenterX();
        double cy = plot.getCenterY();
        double mx = (minX + maxX) / 2;
        double my = (minY + maxY) / 2;
        for (int i = 0; i < n; i++) {
            px[i] = cx + (xy[0][i] - mx) * sx;
            py[i] = cy + (xy[1][i] - my) * sy;
        }
    }

    /**
     * Pushes overlapping nodes apart (a few rounds over a grid of the largest node size), so that no node
     * hides another; keeps them inside the plot. Deterministic.
     */
    private static void separate(double[] px, double[] py, double[] size, Rectangle2D.Double plot) {
        int n = px.length;
        double gap = 2;
        double maxSize = Arrays.stream(size).max().orElse(1);
        double cell = maxSize + gap;
        for (int round = 0; round < 40; round++) {
            boolean moved = false;
            var grid = new HashMap<Long, List<Integer>>();
            for (int i = 0; i < n; i++) {
                grid.computeIfAbsent(cellKey(px[i], py[i], cell), k -> new ArrayList<>()).add(i);
            }
            for (int i = 0; i < n; i++) {
                long cx = (long) Math.floor(px[i] / cell);
                long cy = (long) Math.floor(py[i] / cell);
                for (long gx = cx - 1; gx <= cx + 1; gx++) {
                    for (long gy = cy - 1; gy <= cy + 1; gy++) {
                        for (int j : grid.getOrDefault(gx * 1_000_003L + gy, List.of())) {
                            if (j <= i) {
                                continue;
                            }
                            double need = (size[i] + size[j]) / 2 + gap;
                            double dx = px[j] - px[i];
                            double dy = py[j] - py[i];
                            double d = Math.sqrt(dx * dx + dy * dy);
                            if (d >= need) {
                                continue;
                            }
                            if (d < 1e-6) {
                                dx = ((i + j) % 2 == 0 ? 1 : -1);
                                dy = ((i * 31 + j) % 3 - 1) * 0.5;
                                d = Math.sqrt(dx * dx + dy * dy);
                            }
                            double push = (need - d) / 2 / d;
                            px[i] -= dx * push;
                            py[i] -= dy * push;
                            px[j] += dx * push;
                            py[j] += dy * push;
                            moved = true;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                double half = size[i] / 2;
                px[i] = Math.max(plot.x + half, Math.min(plot.getMaxX() - half, px[i]));
                py[i] = Math.max(plot.y + half, Math.min(plot.getMaxY() - half, py[i]));
            }
            if (!moved) {
                break;
            }
        }
    }

    private static long cellKey(double x, double y, double cell) {
        return (long) Math.floor(x / cell) * 1_000_003L + (long) Math.floor(y / cell);
    }

    static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255));
    }
}
