import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.vico.analyzer.AnalysisContext;
import nl.vico.analyzer.AnalysisOptions;
import nl.vico.analyzer.NetworkAnalyzer;
import nl.vico.analyzer.brokerage.BrokerageAnalysis;
import nl.vico.analyzer.brokerage.Groupings;
import nl.vico.analyzer.centrality.Betweenness;
import nl.vico.analyzer.centrality.Distances;
import nl.vico.analyzer.centrality.PageRankAnalysis;
import nl.vico.analyzer.cohesion.BiconnectivityAnalysis;
import nl.vico.analyzer.cohesion.ComponentAnalysis;
import nl.vico.analyzer.cohesion.CoreAnalysis;
import nl.vico.analyzer.community.LouvainAnalysis;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.analyzer.holes.StructuralHolesAnalysis;
import nl.vico.analyzer.report.AnalysisReport;
import nl.vico.analyzer.report.ReportSection;
import nl.vico.importer.DatasetReader;
import nl.vico.model.StakeholderNetwork;

/**
 * vico's side of the benchmark: loads one dataset folder with vico's own reader and times each operation
 * in this process, the way ../shared/bench/peer_*.py time theirs (one JSON line per operation, same keys:
 * tool, size, op, seconds, peak_rss_mb, run, n, m, impl, version, extra). No warm-up: every operation
 * runs once on a cold JVM, as a user's command would.
 *
 * <p>Not part of the Maven build. bench/run.sh compiles it against the classes and libraries of the
 * application jar (app/target/vico.jar, unpacked) and runs it with plain {@code java -cp}.
 *
 * <p>Usage: {@code java -cp … VicoBench --size 10k --data DIR [--ops a,b] [--skip a,b] [--k 100]
 * [--threads N] [--run R] [--warm true] [--out f.jsonl]}; {@code --warm true} times every op a second time
 * in the same JVM as well ({@code warm_seconds}: compiled code, as in a running server); {@code --ops profile} prints the CPU and wall time of every
 * section of a full analysis instead.
 */
public final class VicoBench {
    static final List<String> OPS = List.of("load", "degree_centrality", "betweenness_exact",
            "betweenness_sampled", "betweenness_weighted", "betweenness_directed", "closeness_harmonic",
            "pagerank", "constraint_effective_size", "articulation_bridges", "connected_components", "louvain",
            "kcore", "brokerage", "analyze");

    private final Map<String, String> args;
    private final String size;
    private final int run;
    private final boolean warm;
    private final PrintStream out;
    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private int n;
    private int m;

    private VicoBench(Map<String, String> args, PrintStream out) {
        this.args = args;
        this.size = args.getOrDefault("size", "?");
        this.run = Integer.parseInt(args.getOrDefault("run", "1"));
        this.warm = Boolean.parseBoolean(args.getOrDefault("warm", "false"));
        this.out = out;
    }

    public static void main(String[] argv) throws IOException {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + argv[i]);
            }
            a.put(argv[i].substring(2), argv[i + 1]);
        }
        if (!a.containsKey("data")) {
            System.err.println("usage: VicoBench --size 10k --data DIR [--ops a,b|profile] [--skip a,b] [--k 100] "
                    + "[--threads N] [--run R] [--out f.jsonl]\nops: " + String.join(",", OPS));
            System.exit(2);
        }
        PrintStream file = a.containsKey("out")
                ? new PrintStream(Files.newOutputStream(Path.of(a.get("out")), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND), true, StandardCharsets.UTF_8)
                : null;
        try {
            new VicoBench(a, file).execute();
        } finally {
            if (file != null) {
                file.close();
            }
        }
    }

    private void execute() throws IOException {
        Path data = Path.of(args.get("data"));
        int threads = Integer.parseInt(args.getOrDefault("threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        int k = Integer.parseInt(args.getOrDefault("k", "100"));
        String opArg = args.getOrDefault("ops", "all");
        var skip = List.of(args.getOrDefault("skip", "").split(","));
        List<String> ops = new ArrayList<>(opArg.equals("all") || opArg.equals("profile")
                ? OPS : List.of(opArg.split(",")));
        for (String op : ops) {
            if (!OPS.contains(op)) {
                throw new IllegalArgumentException("unknown op " + op + "; known: " + OPS);
            }
        }
        ops.removeAll(skip);

        Object[] loaded = new Object[2];
        long[] graphNanos = new long[1];
        var loadRecord = measure("load", () -> {
            StakeholderNetwork network = DatasetReader.read(data).network();
            long t = System.nanoTime();
            loaded[0] = network;
            loaded[1] = CompactGraph.of(network);
            graphNanos[0] = System.nanoTime() - t;
            return null;
        });
        var network = (StakeholderNetwork) loaded[0];
        var graph = (CompactGraph) loaded[1];
        n = graph.vertexCount();
        m = graph.edgeCount();
        if (ops.contains("load")) {
            emit(loadRecord, "DatasetReader.read (CSV, validated) + CompactGraph.of (CSR views)",
                    Map.of("compact_graph_seconds", round(graphNanos[0] / 1e9)));
        }
        var exact = new AnalysisOptions(threads, 0, 42L);
        if (opArg.equals("profile")) {
            profile(network, new AnalysisOptions(threads, Boolean.parseBoolean(args.getOrDefault("exact", "false"))
                    ? 0 : AnalysisOptions.AUTO, 42L));
            return;
        }
        for (String op : ops) {
            switch (op) {
                case "load" -> { }
                case "degree_centrality" -> {
                    var res = measureValue(op, () -> {
                        int[] off = graph.offsets();
                        double[] dc = new double[n];
                        for (int v = 0; v < n; v++) {
                            dc[v] = (off[v + 1] - off[v]) / (n - 1.0);
                        }
                        return dc;
                    });
                    emit(res.rec, "CSR offsets: degree/(n-1)", Map.of("max", max(res.value)));
                }
                case "betweenness_exact" -> {
                    var res = measureValue(op, () -> new nl.vico.analyzer.centrality.BetweennessAnalysis(exact)
                            .undirected(graph));
                    emit(res.rec, "BetweennessAnalysis.undirected (Brandes, exact, " + threads + " threads)",
                            Map.of("max", max(res.value.normalised())));
                }
                case "betweenness_sampled" -> {
                    int[] sources = readSources(data, k);
                    var res = measureValue(op, () -> new nl.vico.analyzer.centrality.BetweennessAnalysis(exact)
                            .undirectedFromSources(graph, sources));
                    emit(res.rec, "BetweennessAnalysis.undirectedFromSources(k=" + k + " sources of bc_sources.txt)",
                            Map.of("k", k, "max_raw", max(res.value.raw())));
                }
                case "betweenness_weighted" -> {
                    var res = measureValue(op, () -> new nl.vico.analyzer.centrality.BetweennessAnalysis(exact)
                            .weighted(graph, nl.vico.analyzer.centrality.EdgeLength.RECIPROCAL_WEIGHT));
                    emit(res.rec, "BetweennessAnalysis.weighted (length 1/weight, exact)",
                            Map.of("max", max(res.value.normalised())));
                }
                case "betweenness_directed" -> {
                    var res = measureValue(op, () -> new nl.vico.analyzer.centrality.BetweennessAnalysis(exact)
                            .directed(graph));
                    emit(res.rec, "BetweennessAnalysis.directed (exact)", Map.of("max", max(res.value.normalised())));
                }
                case "closeness_harmonic" -> {
                    // sampled betweenness makes Distances use the bit-parallel all-sources BFS alone
                    var res = measureValue(op, () -> Distances.of(new AnalysisContext(network,
                            new AnalysisOptions(threads, 1, 42L))));
                    double best = 0;
                    for (int v = 0; v < n; v++) {
                        best = Math.max(best, res.value.closeness(v));
                    }
                    emit(res.rec, "Distances (closeness + harmonic, all sources, bit-parallel BFS)",
                            Map.of("max_closeness", best));
                }
                case "pagerank" -> {
                    var res = measureValue(op, () -> new PageRankAnalysis(PageRankAnalysis.View.UNDIRECTED)
                            .scores(graph));
                    emit(res.rec, "PageRankAnalysis (conjugate gradients / Gauss-Seidel, checked by a power step to 1e-10)", Map.of("max", max(res.value.values())));
                }
                case "constraint_effective_size" -> {
                    var res = measureValue(op, () -> StructuralHolesAnalysis.compute(graph));
                    double sum = 0;
                    int count = 0;
                    for (int v = 0; v < n; v++) {
                        Double c = res.value.binary().constraint(v);
                        if (c != null) {
                            sum += c;
                            count++;
                        }
                    }
                    emit(res.rec, "StructuralHolesAnalysis.compute (constraint, effective size, efficiency, "
                            + "hierarchy; binary and weighted)", Map.of("mean_constraint", sum / Math.max(1, count)));
                }
                case "articulation_bridges" -> {
                    var res = measureValue(op, () -> new BiconnectivityAnalysis().cuts(graph));
                    emit(res.rec, "BiconnectivityAnalysis.cuts", Map.of("articulation_points",
                            res.value.articulationCount(), "bridges", res.value.bridges().length));
                }
                case "connected_components" -> {
                    var res = measureValue(op, () -> new ComponentAnalysis().components(graph));
                    emit(res.rec, "ComponentAnalysis.components", Map.of("components", res.value.count()));
                }
                case "louvain" -> {
                    var res = measureValue(op, () -> new LouvainAnalysis(42L).partition(graph));
                    emit(res.rec, "LouvainAnalysis.partition", Map.of("modularity",
                            LouvainAnalysis.modularity(graph, res.value.membership())));
                }
                case "kcore" -> {
                    var res = measureValue(op, () -> new CoreAnalysis().coreNumbers(graph));
                    emit(res.rec, "CoreAnalysis.coreNumbers", Map.of("max_core",
                            Arrays.stream(res.value).max().orElse(0)));
                }
                case "brokerage" -> {
                    var res = measureValue(op, () -> BrokerageAnalysis.compute(graph, Groupings.byType(network)));
                    emit(res.rec, "BrokerageAnalysis.compute (Gould-Fernandez, groups = actor type)",
                            Map.of("total", res.value.total().asMap().get("total")));
                }
                case "analyze" -> {
                    var auto = new AnalysisOptions(threads, AnalysisOptions.AUTO, 42L);
                    var res = measureValue(op, () -> new NetworkAnalyzer(auto).analyze(network));
                    emit(res.rec, "NetworkAnalyzer.analyze (every section, default betweenness: exact while n·m ≤ 1e8, "
                            + "else sampled, in process)", Map.of("actors", res.value.actors().size(),
                            "betweenness_sample", auto.sampleFor(n, m)));
                }
                default -> throw new IllegalStateException(op);
            }
        }
    }

    /** CPU and wall time of every section of a full analysis, in the order they run. */
    private void profile(StakeholderNetwork network, AnalysisOptions options) {
        var analyzer = new NetworkAnalyzer(options);
        var context = new AnalysisContext(network, options);
        var report = AnalysisReport.builder();
        long wall0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        for (ReportSection s : analyzer.sections()) {
            long w = System.nanoTime();
            long c = os.getProcessCpuTime();
            s.addTo(context, report);
            System.out.printf(Locale.ROOT, "%-32s wall %7.3f s  cpu %7.3f s%n", s.getClass().getSimpleName(),
                    (System.nanoTime() - w) / 1e9, (os.getProcessCpuTime() - c) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%-32s wall %7.3f s  cpu %7.3f s%n", "total",
                (System.nanoTime() - wall0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9);
    }

    private static int[] readSources(Path data, int k) throws IOException {
        int[] all = Arrays.stream(Files.readString(data.resolve("bc_sources.txt")).trim().split("\\s+"))
                .mapToInt(Integer::parseInt).toArray();
        if (k > all.length) {
            throw new IllegalArgumentException("bc_sources.txt has only " + all.length + " sources, asked for " + k);
        }
        return Arrays.copyOf(all, k);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private record Measured<T>(T value, Map<String, Object> rec) {
    }

    private Map<String, Object> measure(String op, Supplier<Void> work) {
        return measureValue(op, work).rec;
    }

    private <T> Measured<T> measureValue(String op, Supplier<T> work) {
        System.gc();
        resetPeakRss();
        long cpu = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        T value = work.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        Double warmSeconds = null;
        if (warm && !op.equals("load")) {
            // the same op again in the same JVM: its code is now compiled (a server's steady state)
            System.gc();
            long t1 = System.nanoTime();
            work.get();
            warmSeconds = round((System.nanoTime() - t1) / 1e9);
        }
        var rec = new LinkedHashMap<String, Object>();
        rec.put("tool", "vico");
        rec.put("size", size);
        rec.put("op", op);
        rec.put("seconds", round(seconds));
        rec.put("cpu_seconds", round(cpuSeconds));
        if (warmSeconds != null) {
            rec.put("warm_seconds", warmSeconds);
        }
        rec.put("peak_rss_mb", peakRssMb());
        rec.put("run", run);
        return new Measured<>(value, rec);
    }

    private void emit(Map<String, Object> rec, String impl, Map<String, Object> extra) {
        rec.put("n", n);
        rec.put("m", m);
        rec.put("impl", impl);
        rec.put("version", "0.1.0-SNAPSHOT, Java " + Runtime.version().feature());
        rec.put("extra", extra);
        String line = json(rec);
        System.out.println(line);
        if (out != null) {
            out.println(line);
        }
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux or not allowed: the peak then covers the whole process so far
            return;
        }
    }

    private static Double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Math.round(Long.parseLong(line.split("\\s+")[1]) / 102.4) / 10.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String json(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof Map<?, ?> map) {
            var sb = new StringBuilder("{");
            for (var e : map.entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(json(String.valueOf(e.getKey()))).append(": ").append(json(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (o instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (o instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "null";
        }
        return String.valueOf(o);
    }
}
