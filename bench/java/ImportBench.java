import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.management.ObjectName;
import nl.vico.analyzer.graph.CompactGraph;
import nl.vico.embedded.EmbeddedNeo4j;
import nl.vico.importer.Dataset;
import nl.vico.importer.DatasetReader;
import nl.vico.importer.ImportListener;
import nl.vico.importer.ImportSummary;
import nl.vico.importer.neo4j.Neo4jStore;
import nl.vico.model.StakeholderNetwork;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Import and read-back through the embedded Neo4j, and the heap of the analysis snapshot, on one dataset
 * folder, in one fresh JVM (no warm-up: the first import and the first read are what a user's command
 * meets; the second ones show the same work with the JIT warm).
 *
 * <p>Prints one JSON line per operation (keys as VicoBench's: tool, size, op, seconds, run, n, m, impl,
 * extra) plus {@code cpu_seconds} (the whole process's CPU time, user and system, during the operation,
 * server threads included; {@code extra.user_cpu_s} the user part alone) and {@code per_s} (ties per wall
 * second). Operations:
 * <ol>
 *   <li>{@code read}: {@code DatasetReader.read} (CSV, validated);</li>
 *   <li>{@code import}: {@code Neo4jStore.importNetwork} into a new workspace of a new database (phases
 *       in {@code extra});</li>
 *   <li>{@code load}, {@code load_warm}: {@code Neo4jStore.load}, checked equal to what was imported;</li>
 *   <li>{@code reimport}: the same network under another content hash, replacing the first version
 *       (writing, switching, then removing the replaced version: {@code extra.retire_s});</li>
 *   <li>{@code memory}: after the database is shut down, the heap retained by the network read back, by
 *       its {@code CompactGraph}, and by the network as the CSV reader builds it, each measured as the drop
 *       of the used heap after a full GC when it is released; with a class histogram of what they hold.</li>
 * </ol>
 *
 * <p>Not part of the Maven build: bench/import_bench.py compiles it against the application jar.
 * Usage: {@code java -cp … ImportBench --data DIR [--size LABEL] [--writers 2] [--batch 10000] [--run 1]
 * [--db DIR] [--reimport false] [--memory false] [--neo4j false]}; {@code --memory false} skips the heap
 * measurement; {@code --neo4j false} measures only the CSV read and the
 * heap of the CSV reader's network and its {@code CompactGraph} ({@code memory_csv}).
 */
public final class ImportBench {
    private final Map<String, String> args;
    private final String size;
    private final int run;
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private int n;
    private int m;
    /** Held in fields, not locals, so that releasing them really frees them for the heap measurement. */
    private Dataset csv;
    private StakeholderNetwork loaded;

    private ImportBench(Map<String, String> args) {
        this.args = args;
        this.size = args.getOrDefault("size", "?");
        this.run = Integer.parseInt(args.getOrDefault("run", "1"));
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            args.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        if (!args.containsKey("data")) {
            System.err.println("usage: ImportBench --data DIR [--size LABEL] [--writers N] [--batch N] [--run R] [--db DIR]");
            System.exit(2);
        }
        new ImportBench(args).go();
    }

    private void go() throws Exception {
        csv = read(Path.of(args.get("data")));
        if ("false".equals(args.get("neo4j"))) {
            memoryWithoutNeo4j();
            return;
        }
        loaded = importAndLoad();
        if (!"false".equals(args.get("memory"))) {
            memory();
        }
    }

    /** Without a database: the heap of the CSV reader's network and of its CompactGraph. */
    private void memoryWithoutNeo4j() throws Exception {
        long[] t = start();
        CompactGraph graph = CompactGraph.of(csv.network());
        double graphSeconds = (System.nanoTime() - t[0]) / 1e9;
        String histogram = histogram(14);
        long all = usedAfterGc();
        if (graph.vertexCount() != n) {
            throw new IllegalStateException("graph size " + graph.vertexCount());
        }
        graph = null;
        long noGraph = usedAfterGc();
        csv = null;
        long none = usedAfterGc();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("network_csv_bytes", noGraph - none);
        extra.put("network_csv_b_per_tie", round((double) (noGraph - none) / m));
        extra.put("compact_graph_bytes", all - noGraph);
        extra.put("compact_graph_b_per_tie", round((double) (all - noGraph) / m));
        extra.put("snapshot_b_per_tie", round((double) (all - none) / m));
        extra.put("compact_graph_seconds", round(graphSeconds));
        extra.put("histogram_top", histogram);
        emitRaw("memory_csv", 0, 0, "retained heap: StakeholderNetwork from CSV + CompactGraph.of (no database)", extra);
    }

    private Dataset read(Path data) {
        long[] t = start();
        Dataset dataset = DatasetReader.read(data);
        n = dataset.network().size();
        m = dataset.network().ties().size();
        emit("read", t, "DatasetReader.read (CSV, validated)", Map.of());
        return dataset;
    }

    private StakeholderNetwork importAndLoad() throws Exception {
        int writers = Integer.parseInt(args.getOrDefault("writers", String.valueOf(Neo4jStore.DEFAULT_WRITERS)));
        int batch = Integer.parseInt(args.getOrDefault("batch", String.valueOf(Neo4jStore.DEFAULT_BATCH_SIZE)));
        String store = "Neo4jStore(writers " + writers + ", batch " + batch + ")";
        StakeholderNetwork net = csv.network();
        Path dbDir = args.containsKey("db") ? Path.of(args.get("db")) : Files.createTempDirectory("vico-import-bench");
        try {
            long[] t = start();
            EmbeddedNeo4j db = EmbeddedNeo4j.start(dbDir.resolve("neo4j"));
            emit("db_start", t, "EmbeddedNeo4j.start (new database)", Map.of());
            try (db; Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none(),
                    Config.builder().withLogging(Logging.none()).build())) {
                Neo4jStore neo4jStore = new Neo4jStore(driver, null, batch, writers);
                neo4jStore.ensureSchema();

                Phases phases = new Phases();
                t = start();
                ImportSummary created = neo4jStore.importNetwork("bench", csv, phases);
                emit("import", t, store + ".importNetwork, new workspace, cold JVM",
                        phases.extra(created.outcome().name()));

                t = start();
                StakeholderNetwork back = neo4jStore.load("bench").orElseThrow();
                emit("load", t, store + ".load, cold", Map.of());
                if (!back.sameContentAs(net)) {
                    throw new IllegalStateException("the network read back differs from the one imported");
                }
                t = start();
                back = neo4jStore.load("bench").orElseThrow();
                emit("load_warm", t, store + ".load, second time", Map.of());

                if ("false".equals(args.get("reimport"))) {
                    return back;
                }
                String hash = csv.contentHash();
                Dataset changed = new Dataset(net, csv.usesDutchAliases(), (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1));
                phases = new Phases();
                t = start();
                ImportSummary replaced = neo4jStore.importNetwork("bench", changed, phases);
                emit("reimport", t, store + ".importNetwork replacing a version of the same size",
                        phases.extra(replaced.outcome().name()));
                if (!neo4jStore.load("bench").orElseThrow().sameContentAs(net)) {
                    throw new IllegalStateException("the network read back after the re-import differs");
                }
                return back;
            }
        } finally {
            if (!args.containsKey("db")) {
                deleteTree(dbDir);
            }
        }
    }

    /** Retained heap, measured as the drop of the used heap (after full GCs) when each part is released. */
    private void memory() throws Exception {
        long[] t = start();
        CompactGraph graph = CompactGraph.of(loaded);
        double graphSeconds = (System.nanoTime() - t[0]) / 1e9;
        String histogram = histogram(14);
        long all = usedAfterGc();
        if (graph.vertexCount() != n) {
            throw new IllegalStateException("graph size " + graph.vertexCount());
        }
        graph = null;
        long noGraph = usedAfterGc();
        loaded = null;
        long noLoaded = usedAfterGc();
        csv = null;
        long noDataset = usedAfterGc();
        long csvBytes = noLoaded - noDataset;
        long graphBytes = all - noGraph;
        long loadedBytes = noGraph - noLoaded;
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("network_loaded_bytes", loadedBytes);
        extra.put("network_loaded_b_per_tie", round((double) loadedBytes / m));
        extra.put("compact_graph_bytes", graphBytes);
        extra.put("compact_graph_b_per_tie", round((double) graphBytes / m));
        extra.put("snapshot_b_per_tie", round((double) (loadedBytes + graphBytes) / m));
        extra.put("network_csv_bytes", csvBytes);
        extra.put("network_csv_b_per_tie", round((double) csvBytes / m));
        extra.put("compact_graph_seconds", round(graphSeconds));
        extra.put("histogram_top", histogram);
        emitRaw("memory", 0, 0, "retained heap: StakeholderNetwork read back + CompactGraph.of; the CSV reader's network",
                extra);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The top lines of the live-object class histogram (a full GC first), as jcmd GC.class_histogram shows it. */
    private static String histogram(int lines) throws Exception {
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        List<String> top = new ArrayList<>();
        for (String line : text.toString().split("\n")) {
            if (top.size() >= lines + 2) {
                break;
            }
            top.add(line.strip().replaceAll("\\s+", " "));
        }
        return String.join(" | ", top);
    }

    /** Records the wall time of each phase of an import: from its first report to the first report of the next. */
    private static final class Phases implements ImportListener {
        private final long start = System.nanoTime();
        private final Map<String, Long> first = new LinkedHashMap<>();
        private final Map<String, Long> last = new LinkedHashMap<>();

        @Override
        public void progress(String phase, long done, long total) {
            long now = System.nanoTime();
            first.putIfAbsent(phase, now);
            last.put(phase, now);
        }

        Map<String, Object> extra(String outcome) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("outcome", outcome);
            long previous = start;
            for (Map.Entry<String, Long> e : last.entrySet()) {
                String key = e.getKey().replace(' ', '_');
                extra.put(key + "_s", round((e.getValue() - previous) / 1e9));
                previous = e.getValue();
            }
            return extra;
        }
    }

    private long[] start() {
        return new long[] {System.nanoTime(), os.getProcessCpuTime(), userTicks()};
    }

    /** The process's user CPU time in clock ticks (1/100 s) from /proc/self/stat; -1 where there is none. */
    private static long userTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command name (which is in parentheses and may hold spaces): utime is the 12th
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private void emit(String op, long[] t, String impl, Map<String, Object> extra) {
        long user = userTicks();
        Map<String, Object> withUser = new LinkedHashMap<>(extra);
        if (user >= 0 && t[2] >= 0) {
            withUser.put("user_cpu_s", round((user - t[2]) / 100.0));
        }
        emitRaw(op, (System.nanoTime() - t[0]) / 1e9, (os.getProcessCpuTime() - t[1]) / 1e9, impl, withUser);
    }

    private void emitRaw(String op, double seconds, double cpu, String impl, Map<String, Object> extra) {
        StringBuilder json = new StringBuilder("{");
        field(json, "tool", "vico");
        field(json, "size", size);
        field(json, "op", op);
        field(json, "seconds", round(seconds));
        field(json, "cpu_seconds", round(cpu));
        field(json, "per_s", seconds > 0 ? Math.round(m / seconds) : null);
        field(json, "run", run);
        field(json, "n", n);
        field(json, "m", m);
        field(json, "impl", impl);
        json.append("\"extra\": {");
        boolean firstExtra = true;
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            if (!firstExtra) {
                json.append(", ");
            }
            firstExtra = false;
            json.append(quote(e.getKey())).append(": ").append(value(e.getValue()));
        }
        json.append("}}");
        System.out.println(json);
        System.out.flush();
    }

    private static void field(StringBuilder json, String key, Object value) {
        json.append(quote(key)).append(": ").append(value(value)).append(", ");
    }

    private static String value(Object v) {
        return v == null ? "null" : v instanceof Number || v instanceof Boolean ? v.toString() : quote(v.toString());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static double round(double x) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.4g", x));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
