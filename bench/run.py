#!/usr/bin/python3
"""vico's benchmark runner: times vico, python-igraph and NetworkX on the same generated files, in one run.

For every size and repetition it starts fresh processes, in this order (so that each tool meets the
same machine state within a repetition):
  1. vico ops      java -cp <unpacked app jar>:<VicoBench> VicoBench ...  (one JVM, every op timed inside)
  2. vico analyze  java -jar app/target/vico.jar analyze DIR -f json -o FILE (the whole command, cold JVM)
  3. igraph        /usr/bin/python3 ../shared/bench/peer_igraph.py ...
  4. networkx      /usr/bin/python3 ../shared/bench/peer_networkx.py ...     (fewer repetitions, slow ops skipped)
  (after 2) vico import  java -cp ... ImportBench ...: a new embedded Neo4j, the import of the size's files into a
                 workspace and the read-back, rows `import` and `read_back` against issue 7's absolute targets
                 (50,000 and 200,000 ties/s); --no-import skips it
Each op line is JSON {tool, size, op, seconds, peak_rss_mb, run, ...}; every process also gets a line
{op: "process"} with its whole wall time and peak RSS (from wait4). Medians, min-max, and the ratios
vico/peer computed repetition by repetition are written to bench/RESULTS.md (or --results FILE).

After the timings of a size, unless --no-check, `vico analyze DIR -f json` runs once more (with --exact at
1k and 10k) and bench/check_results.py compares its values actor by actor with igraph's; the lines go to
the raw jsonl, a table "Results agree with igraph" to RESULTS.md, and a disagreement makes the run exit 1.

Usage: bench/run.py [--sizes 1k,10k] [--reps 3] [--networkx-reps 1] [--tools vico,igraph,networkx]
                    [--threads N] [--k 100] [--note TEXT] [--results FILE] [--no-check] [--check-full]
                    [--no-import]
"""
import argparse
import datetime
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import time
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench"))
JAR = os.path.join(ROOT, "app", "target", "vico.jar")
LAUNCHER = os.path.join(ROOT, "vico")
PY = "/usr/bin/python3"
# developer option: class folders put before the jar's own (e.g. analyzer/target/classes, to measure a change
# without rebuilding the application jar); when set, `vico analyze` runs as java -cp … nl.vico.app.Vico
PREPEND = os.environ.get("VICO_BENCH_PREPEND", "")

# vico op -> the peer ops it is compared with (their times are added: vico computes them in one pass)
PAIRS = {
    "load": ["load"],
    "degree_centrality": ["degree_centrality"],
    "betweenness_exact": ["betweenness_exact"],
    "betweenness_sampled": ["betweenness_sampled"],
    "pagerank": ["pagerank"],
    "constraint_effective_size": ["constraint", "effective_size"],
    "articulation_bridges": ["articulation_bridges"],
    "connected_components": ["connected_components"],
    "louvain": ["louvain"],
    "kcore": ["kcore"],
}
OP_ORDER = ["load", "degree_centrality", "betweenness_exact", "betweenness_sampled", "betweenness_weighted",
            "betweenness_directed", "closeness_harmonic", "pagerank", "constraint_effective_size",
            "articulation_bridges", "connected_components", "louvain", "kcore", "brokerage", "analyze",
            "analyze_cli", "analyze_cli_exact", "process"]
# NetworkX ops too slow to repeat at a size (measured here: effective_size 30 s and constraint 8.6 s
# at 1k, growing about linearly with n; exact betweenness about quadratically)
# issue 7's sizes: 1k, 10k, 100k actors at average degree 10, and 100k actors with 1M ties ("100k-1m")
GEN_ARGS = {"100k-1m": ["100k", "--avg-degree", "20"]}
BIG = ("100k", "100k-1m", "1m")
NETWORKX_SKIP = {
    "10k": ["betweenness_exact", "constraint", "effective_size"],
    "100k": ["betweenness_exact", "betweenness_sampled", "constraint", "effective_size"],
    "1m": ["betweenness_exact", "betweenness_sampled", "constraint", "effective_size", "louvain", "label_propagation"],
}
NETWORKX_SKIP["100k-1m"] = NETWORKX_SKIP["1m"]
# betweenness sample of the whole `vico analyze` per size (0 = exact), as issue 7 sets the targets
# exact betweenness at 100k and 1m takes hours in every tool: vico and igraph skip it there (vico's
# sampled variant and its default analysis, which samples above 1e8 actor·ties, still run)
VICO_SKIP = {"100k": ["betweenness_exact", "betweenness_weighted", "betweenness_directed", "closeness_harmonic"],
             "1m": ["betweenness_exact", "betweenness_weighted", "betweenness_directed", "closeness_harmonic"]}
VICO_SKIP["100k-1m"] = VICO_SKIP["1m"]
IGRAPH_SKIP = {"100k": ["betweenness_exact"], "1m": ["betweenness_exact"], "100k-1m": ["betweenness_exact"]}
# sizes at which `vico analyze` runs with its heap capped at 4 GB (issue 7: 1M ties in <= 4 GB of heap)
HEAP_CAP = {"100k-1m", "1m"}
# sizes at which the whole command also runs once with --exact
EXACT_CLI = {"1k", "10k"}
# sizes at which every vico op is timed a second time in the same JVM (warm_seconds)
WARM = {"1k", "10k", "100k"}


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run_measured(cmd, timeout, stdout_path=None, env=None):
    """Runs cmd (with env added to the environment); returns (wall seconds, peak RSS in MB from wait4, exit code,
    stdout, stderr)."""
    import threading

    def drain(stream, sink):
        for line in stream:
            sink.append(line)

    t0 = time.perf_counter()
    out_file = open(stdout_path, "w") if stdout_path else None
    p = subprocess.Popen(cmd, stdout=out_file or subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env={**os.environ, **env} if env else None)
    outs, errs = [], []
    readers = [threading.Thread(target=drain, args=(p.stderr, errs), daemon=True)]
    if not out_file:
        readers.append(threading.Thread(target=drain, args=(p.stdout, outs), daemon=True))
    for t in readers:
        t.start()
    killed = False
    while True:
        pid, status, usage = os.wait4(p.pid, os.WNOHANG)
        if pid == p.pid:
            break
        if not killed and time.perf_counter() - t0 > timeout:
            p.kill()
            killed = True
            log(f"TIMEOUT after {timeout} s: {' '.join(cmd)}")
        time.sleep(0.005)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join(timeout=5)
    if out_file:
        out_file.close()
    if p.returncode != 0:
        log(f"exit {p.returncode}: {' '.join(cmd)}\n{''.join(errs)[-2000:]}")
    return wall, usage.ru_maxrss / 1024.0, p.returncode, "".join(outs), "".join(errs)


JAVA = "java"


def java_of_launcher():
    """The Java runtime ./vico chose (it records it beside the extracted jar), so that VicoBench runs on the same."""
    try:
        with open(os.path.join(ROOT, "app", "target", "vico-run", "java")) as f:
            return f.read().strip() or "java"
    except OSError:
        return "java"


def prepare_vico(build_dir, data_root):
    """Compiles VicoBench against the application as the launcher runs it (app/target/vico-run: the extracted
    jar, remade by ./vico whenever the jar changes) and makes a class-data-sharing archive for it with one
    training run on the 1k data, as ./vico does for itself. Returns the JVM arguments before the main class."""
    if not os.path.exists(JAR):
        sys.exit(f"{JAR} is missing: build it with  (cd {ROOT} && ./mvnw -q -DskipTests install)  or run bench/run.sh --build")
    subprocess.check_call([LAUNCHER, "--version"], stdout=subprocess.DEVNULL)  # extracts + trains when stale
    run = os.path.join(ROOT, "app", "target", "vico-run")
    global JAVA
    JAVA = java_of_launcher()
    stamp = str(int(os.path.getmtime(os.path.join(run, "vico.jar"))))
    cp = os.path.join(run, "vico.jar")
    if PREPEND:
        cp = PREPEND + ":" + cp
    work = os.path.join(build_dir, "bench-" + stamp + ("-j%08x" % zlib.crc32(JAVA.encode())) + ("-dev%08x" % (zlib.crc32(PREPEND.encode())) if PREPEND else ""))
    src = os.path.join(HERE, "java", "VicoBench.java")
    jar = os.path.join(work, "vicobench.jar")
    jsa = os.path.join(work, "vicobench.jsa")
    if not os.path.exists(jar) or os.path.getmtime(jar) < os.path.getmtime(src):
        os.makedirs(os.path.join(work, "classes"), exist_ok=True)
        log("compiling bench/java/VicoBench.java")
        subprocess.check_call(["javac", "-d", os.path.join(work, "classes"), "-cp", cp + ":" + os.path.join(run, "lib", "*"), src])
        subprocess.check_call(["jar", "cf", jar, "-C", os.path.join(work, "classes"), "."])
        if os.path.exists(jsa):
            os.remove(jsa)
    cp = cp + ":" + jar
    if PREPEND:
        return ["-cp", cp]
    if not os.path.exists(jsa):
        log("class-data-sharing archive for VicoBench (one training run on 1k)")
        small, _ = ensure_data("1k", data_root)
        subprocess.run([JAVA, f"-XX:ArchiveClassesAtExit={jsa}", "-cp", cp, "VicoBench", "--size", "1k",
                        "--data", small], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return launcher_flags() + ([f"-XX:SharedArchiveFile={jsa}", "-Xshare:auto"] if os.path.exists(jsa) else []) + ["-cp", cp]


def launcher_flags():
    """The JVM options ./vico gives a one-off command on this JDK (see the launcher): on JDK 21 and later the
    parallel collector and the class-data archive mapped where it was made."""
    try:
        out = subprocess.run([JAVA, "-version"], capture_output=True, text=True).stderr
        major = int(out.split('"')[1].split(".")[0])
    except (OSError, IndexError, ValueError):
        return []
    return ["-XX:+UseParallelGC", "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0"] if major >= 21 else []


def ensure_data(size, data_root):
    d = os.path.join(data_root, size)
    if not os.path.exists(os.path.join(d, "ties.csv")):
        log(f"generating {size} into {d}")
        gen = GEN_ARGS.get(size, [size])
        subprocess.check_call([PY, os.path.join(SHARED, "gen_graph.py")] + gen + ["--out", d], stdout=subprocess.DEVNULL)
    with open(os.path.join(d, "stats.json")) as f:
        return d, json.load(f)


def parse_lines(text, jsonl):
    recs = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                continue
            recs.append(r)
            jsonl.write(json.dumps(r) + "\n")
    jsonl.flush()
    return recs


def machine():
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = None
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    mem = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    java = subprocess.run([java_of_launcher(), "-version"], capture_output=True, text=True).stderr.splitlines()
    return {"cores": os.cpu_count(), "memory_gib": round(mem, 1) if mem else None, "cpu": cpu,
            "kernel": platform.release(), "java": java[0] if java else "?",
            "python": sys.version.split()[0], "load_at_start": os.getloadavg()}


def summarize(values):
    values = [v for v in values if v is not None]
    if not values:
        return None
    return statistics.median(values), min(values), max(values), len(values)


def fmt_time(s):
    if s is None:
        return "–"
    med, lo, hi, n = s
    if n == 1:
        return f"{med:.4g}"
    return f"{med:.4g} ({lo:.3g}–{hi:.3g})"


def fmt_ratio(s):
    if s is None:
        return "–"
    med, lo, hi, n = s
    if n == 1:
        return f"{med:.3g}"
    return f"{med:.3g} ({lo:.3g}–{hi:.3g})"


# ---- result agreement: vico's values against igraph's (bench/check_results.py) ----

CHECK_SCRIPT = os.path.join(HERE, "check_results.py")
# sizes at which the checked `vico analyze` runs with --exact, so that betweenness is compared too
# (igraph's exact betweenness: about 20 s at 10k; hours at 100k, where vico samples and it is not compared)
CHECK_EXACT = {"1k", "10k"}


def check_size(size, data, args, build_dir, launch, jsonl):
    """Runs `vico analyze DIR -f json` once and check_results.py on its output. Returns (records, ok)."""
    report = os.path.join(build_dir, f"check-{size}.json")
    exact = size in CHECK_EXACT
    log(f"{size}: checking vico's results against igraph" + (" (vico --exact)" if exact else ""))
    cmd = launch + ["analyze", data, "-f", "json", "-o", report, "--threads", str(args.threads)] + (["--exact"] if exact else [])
    if os.path.exists(report):
        os.remove(report)
    vico_wall, _, code, _, _ = run_measured(cmd, args.timeout)
    recs = []
    if code != 0 or not os.path.exists(report):
        recs += parse_lines(json.dumps(dict(tool="check", size=size, op="check_run", run=1, ok=False, exact=exact,
                                            vico_seconds=round(vico_wall, 2), error=f"vico analyze exit {code}")), jsonl)
        return recs, False
    cmd = [PY, CHECK_SCRIPT, "--size", size, "--data", data, "--vico-json", report] + (["--full"] if args.check_full else [])
    check_wall, _, code, out, err = run_measured(cmd, args.timeout)
    recs += parse_lines(out, jsonl)
    ok = code == 0
    recs += parse_lines(json.dumps(dict(tool="check", size=size, op="check_run", run=1, ok=ok, exact=exact,
                                        vico_seconds=round(vico_wall, 2), check_seconds=round(check_wall, 2),
                                        exit=code, error=None if ok else err.strip()[-2000:])), jsonl)
    if ok:
        log(f"{size}: " + (err.strip().splitlines() or ["results agree"])[0])
    return recs, ok


def check_lines(records, sizes):
    """The section "Results agree with igraph" of RESULTS.md from the check lines, [] when there are none."""
    checks = [r for r in records if r.get("tool") == "check"]
    if not checks:
        return []
    lines = ["## Results agree with igraph", "",
             "`bench/check_results.py` recomputes every measure igraph has under vico's conventions (undirected view "
             "without self-loops and parallel ties; weights summed per pair) and compares them actor by actor with "
             "one `vico analyze DIR -f json` per size (with `--exact` at " + ", ".join(sorted(CHECK_EXACT, key=lambda s: (len(s), s))) + "). "
             "Tolerance: integers and sets exactly, PageRank and eigenvector 1e-8 absolute, the rest 1e-9 relative "
             "(max rel diff over values ≥ 1e-9; `network` rows are per-network values). "
             "Betweenness is compared where vico computed it exactly, closeness and harmonic centrality where its "
             "distances are exact.", ""]
    bad, runs_text = [], []
    lines += ["| size | key | actors compared | max abs diff | max rel diff | pass |", "|---|---|---:|---:|---:|---|"]
    fmt = lambda x: "–" if x is None else f"{x:.2g}"
    for size in sizes:
        runs = [r for r in checks if r["size"] == size and r["op"] == "check_run"]
        keys = [r for r in checks if r["size"] == size and r["op"].startswith("agree:")]
        if not runs and not keys:
            continue
        run = runs[-1] if runs else {}
        if run:
            runs_text.append(f"{size}: `vico analyze{' --exact' if run.get('exact') else ''}` {run.get('vico_seconds')} s, "
                             f"check {run.get('check_seconds', '–')} s")
        if not keys:
            lines.append(f"| {size} | – | – | – | – | **not run: {run.get('error') or 'no output'}** |")
            bad.append(f"{size} (not run)")
            continue
        for r in keys:
            compared = r["compared"] if r.get("scope") == "actor" else "network"
            if r.get("pass") is None:
                lines.append(f"| {size} | `{r['key']}` | – | – | – | skipped: {r.get('skipped', '')} |")
                continue
            mark = "yes" if r["pass"] else f"**NO** ({r.get('mismatches', '?')} differ; worst {json.dumps(r.get('worst'))})"
            if not r["pass"]:
                bad.append(f"{size} {r['key']}")
            lines.append(f"| {size} | `{r['key']}` | {compared} | {fmt(r.get('max_abs_diff'))} | "
                         f"{fmt(r.get('max_rel_diff'))} | {mark} |")
        if run and not run.get("ok") and not any(r.get("pass") is False for r in keys):
            bad.append(f"{size} (exit {run.get('exit')})")
    lines.append("")
    if runs_text:
        lines += ["Wall time of the checked runs: " + "; ".join(runs_text) + ".", ""]
    lines.insert(2, ("**Disagreement: " + "; ".join(bad) + ".**" if bad else
                     "Every compared value agrees.") + "")
    lines.insert(3, "")
    return lines


# ---- import into the embedded Neo4j and read-back (issue 7) -------------------------------------------------
# One ImportBench JVM per size and repetition (bench/java/ImportBench.java, driven as bench/import_bench.py does):
# a new embedded Neo4j, Neo4jStore.importNetwork of the size's files into a new workspace (cold JVM), then
# Neo4jStore.load of it (cold). The targets are absolute, not ratios to a peer: igraph and NetworkX have no store.
IMPORT_TARGETS = {"import": 50_000, "read_back": 200_000}
# ImportBench's op -> the row of the results
IMPORT_OPS = {"import": "import", "load": "read_back"}


def run_import(build_dir, data_root, size, data, rep, timeout, jsonl):
    """Runs ImportBench once (no replacing import, no heap measurement); returns its rows, named import and
    read_back, each with wall seconds, CPU seconds of the whole process and ties per wall second."""
    import import_bench  # the ImportBench driver: its classpath and JVM options
    java = java_of_launcher()
    opens = import_bench.OPENS + (["--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"]
                                  if import_bench.java_major(java) >= 24 else [])
    cp = import_bench.classpath(build_dir)
    cmd = [java] + opens + ["-cp", cp, "ImportBench", "--data", data, "--size", size, "--run", str(rep),
                            "--reimport", "false", "--memory", "false"]
    wall, rss, code, out, _ = run_measured(cmd, timeout)
    rows = []
    for line in out.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError:
            continue
        if r.get("op") in IMPORT_OPS:
            rows.append(dict(tool="vico", size=size, op=IMPORT_OPS[r["op"]], seconds=r["seconds"],
                             cpu_seconds=r.get("cpu_seconds"), ties_per_s=r.get("per_s"), n=r.get("n"), m=r.get("m"),
                             run=rep, ok=code == 0, impl=r.get("impl"), extra=r.get("extra", {})))
    rows.append(dict(tool="vico", size=size, op="import_process", seconds=round(wall, 4), peak_rss_mb=rss, run=rep,
                     ok=code == 0, impl="ImportBench JVM: new embedded Neo4j, import, read-back"))
    for r in rows:
        jsonl.write(json.dumps(r) + "\n")
    jsonl.flush()
    return rows


def import_section(by, sizes):
    """The results' table of the import and the read-back, per size, against the absolute targets."""
    present = [size for size in sizes if any(("vico", size, op) in by for op in IMPORT_TARGETS)]
    if not present:
        return []
    lines = ["## Import into the embedded Neo4j and read-back", "",
             "One JVM per size and repetition (bench/java/ImportBench.java): a new embedded Neo4j, "
             "`Neo4jStore.importNetwork` into a new workspace, then `Neo4jStore.load` of it, both cold (as `vico import` "
             "and `vico analyze --workspace` meet them). Wall seconds and CPU seconds of the whole process during the "
             "operation (the server's threads, JIT and GC included); ties/s = ties per wall second, median (min–max). "
             "The targets are issue 7's, absolute (no peer has a store), set for 100,000 actors / 1,000,000 ties "
             "(size 100k-1m); at small sizes the fixed cost of a cold JVM and a new database dominates.", "",
             "| size | ties | op | wall s | CPU s | ties/s | target ties/s | met |",
             "|---|---:|---|---:|---:|---:|---:|---|"]
    for size in present:
        for op, target in IMPORT_TARGETS.items():
            v = by.get(("vico", size, op))
            if not v:
                continue
            rows = list(v.values())
            ties = next((r.get("m") for r in rows if r.get("m") is not None), None)
            rate = summarize([r.get("ties_per_s") for r in rows])
            met = "–" if rate is None else ("yes" if rate[0] >= target else "no")
            if any(not r.get("ok", True) for r in rows):
                met += " (a run failed)"
            lines.append(f"| {size} | {ties if ties is None else format(ties, ',')} | {op} | "
                         f"{fmt_time(summarize([r['seconds'] for r in rows]))} | "
                         f"{fmt_time(summarize([r.get('cpu_seconds') for r in rows]))} | "
                         f"{fmt_rate(rate)} | {target:,} | {met} |")
    return lines + [""]


def fmt_rate(s):
    if s is None:
        return "–"
    med, lo, hi, n = s
    if n == 1:
        return f"{med:,.0f}"
    return f"{med:,.0f} ({lo:,.0f}–{hi:,.0f})"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1k,10k")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--big-reps", type=int, default=None, help="repetitions at 100k and 1m (default: --reps)")
    ap.add_argument("--networkx-reps", type=int, default=1)
    ap.add_argument("--tools", default="vico,igraph,networkx")
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--k", type=int, default=100, help="sources of the sampled betweenness (from bc_sources.txt)")
    ap.add_argument("--timeout", type=int, default=3600, help="seconds per process")
    ap.add_argument("--note", default="", help="a line written under the title of RESULTS.md")
    ap.add_argument("--results", default=os.path.join(HERE, "RESULTS.md"))
    ap.add_argument("--no-import", action="store_true",
                    help="skip the import into the embedded Neo4j and the read-back (ImportBench, one JVM per size and repetition)")
    ap.add_argument("--from-jsonl", default=None, help="only rewrite the results from the raw lines of an earlier run")
    ap.add_argument("--no-check", action="store_true", help="skip the check of vico's values against igraph's")
    ap.add_argument("--check-full", action="store_true",
                    help="the check also compares weighted betweenness above 1e8 actors x ties (minutes in igraph)")
    args = ap.parse_args()
    if args.from_jsonl:
        return rewrite(args)
    data_root = os.environ.get("BENCH_DATA", "/tmp/vico-bench-data")
    build_dir = os.environ.get("BENCH_BUILD", "/tmp/vico-bench-build")
    out_dir = os.path.join(HERE, "results")
    os.makedirs(out_dir, exist_ok=True)
    started = datetime.datetime.now().astimezone()
    jsonl_path = os.path.join(out_dir, started.strftime("%Y%m%d-%H%M%S") + ".jsonl")
    jsonl = open(jsonl_path, "w")
    tools = args.tools.split(",")
    sizes = args.sizes.split(",")
    info = machine()
    jsonl.write(json.dumps(dict(tool="meta", info=info, started=started.isoformat(), argv=sys.argv[1:],
                                args=vars(args), prepend=PREPEND)) + "\n")
    vico_jvm = prepare_vico(build_dir, data_root) if "vico" in tools else None
    records = []
    stats = {}
    check_failures = []
    if "vico" in tools and not PREPEND:
        # the user-facing cold commands on the bundled example (issue 7: analyze <= 2 s, demo <= 20 s)
        example = os.path.join(ROOT, "examples", "kanaalwijk")
        for rep in range(1, args.reps + 1):
            log(f"example: repetition {rep}/{args.reps}")
            wall, rss, code, _, _ = run_measured([LAUNCHER, "analyze", example, "-o", os.devnull], args.timeout)
            records += parse_lines(json.dumps(dict(tool="vico", size="example", op="analyze_example_cli",
                                                   seconds=round(wall, 4), peak_rss_mb=rss, run=rep, ok=code == 0,
                                                   impl="./vico analyze examples/kanaalwijk (cold JVM)")), jsonl)
            with tempfile.TemporaryDirectory() as data_dir:
                wall, rss, code, _, _ = run_measured([LAUNCHER, "demo", "--data-dir", data_dir], args.timeout)
            records += parse_lines(json.dumps(dict(tool="vico", size="example", op="demo_cli",
                                                   seconds=round(wall, 4), peak_rss_mb=rss, run=rep, ok=code == 0,
                                                   impl="./vico demo into an empty --data-dir (cold JVM, embedded Neo4j)")), jsonl)
    for size in sizes:
        data, st = ensure_data(size, data_root)
        stats[size] = st
        reps = args.big_reps if args.big_reps and size in BIG else args.reps
        for rep in range(1, reps + 1):
            log(f"{size}: repetition {rep}/{reps}")
            if "vico" in tools:
                cmd = [JAVA] + vico_jvm + ["VicoBench", "--size", size, "--data", data, "--run", str(rep),
                       "--threads", str(args.threads), "--k", str(args.k), "--warm", str(size in WARM).lower()]
                if VICO_SKIP.get(size):
                    cmd += ["--skip", ",".join(VICO_SKIP[size])]
                wall, rss, code, out, _ = run_measured(cmd, args.timeout)
                records += parse_lines(out, jsonl)
                records += parse_lines(json.dumps(dict(tool="vico", size=size, op="process", seconds=round(wall, 4),
                                                      peak_rss_mb=rss, run=rep, impl="VicoBench JVM, every op once")), jsonl)
                report = os.path.join(build_dir, f"analyze-{size}.json")
                launch = [JAVA] + vico_jvm + ["nl.vico.app.Vico"] if PREPEND else [LAUNCHER]
                variants = [("analyze_cli", [])] + ([("analyze_cli_exact", ["--exact"])] if size in EXACT_CLI and rep == 1 else [])
                for op, extra in variants:
                    cmd = launch + ["analyze", data, "-f", "json", "-o", report, "--threads", str(args.threads)] + extra
                    cap = size in HEAP_CAP
                    if cap and PREPEND:
                        cmd = cmd[:1] + ["-Xmx4g"] + cmd[1:]
                    env = {"VICO_JAVA_OPTS": (os.environ.get("VICO_JAVA_OPTS", "") + " -Xmx4g").strip()} if cap and not PREPEND else None
                    wall, rss, code, _, _ = run_measured(cmd, args.timeout, env=env)
                    records += parse_lines(json.dumps(dict(
                        tool="vico", size=size, op=op, seconds=round(wall, 4), peak_rss_mb=rss, run=rep,
                        impl="vico analyze DIR -f json (cold JVM, " + ("exact betweenness" if extra else
                             "default betweenness: exact while actors x ties <= 1e8, else sampled")
                             + ("; heap capped at 4 GB" if cap else "") + ")",
                        ok=code == 0)), jsonl)
            if "vico" in tools and not getattr(args, "no_import", False):
                records += run_import(build_dir, data_root, size, data, rep, args.timeout, jsonl)
            for tool in ("igraph", "networkx"):
                if tool not in tools or (tool == "networkx" and rep > args.networkx_reps):
                    continue
                cmd = [PY, os.path.join(SHARED, f"peer_{tool}.py"), "--size", size, "--data", data,
                       "--run", str(rep), "--k", str(args.k)]
                if tool == "networkx" and NETWORKX_SKIP.get(size):
                    cmd += ["--skip", ",".join(NETWORKX_SKIP[size])]
                if tool == "igraph" and IGRAPH_SKIP.get(size):
                    cmd += ["--skip", ",".join(IGRAPH_SKIP[size])]
                wall, rss, code, out, _ = run_measured(cmd, args.timeout)
                records += parse_lines(out, jsonl)
                records += parse_lines(json.dumps(dict(tool=tool, size=size, op="process", seconds=round(wall, 4),
                                                      peak_rss_mb=rss, run=rep, impl="whole process, every op once")), jsonl)
        if "vico" in tools and not args.no_check:
            launch = [JAVA] + vico_jvm + ["nl.vico.app.Vico"] if PREPEND else [LAUNCHER]
            recs, ok = check_size(size, data, args, build_dir, launch, jsonl)
            records += recs
            if not ok:
                check_failures.append(size)
    jsonl.close()
    write_results(args, info, started, sizes, stats, records, jsonl_path, sys.argv[1:], PREPEND)
    log(f"wrote {args.results} and {jsonl_path}")
    if check_failures:
        log("=" * 72)
        log(f"RESULTS DISAGREE WITH IGRAPH at {', '.join(check_failures)}: see 'Results agree with igraph' in {args.results}")
        log("=" * 72)
        sys.exit(1)


def rewrite(args):
    """Rewrites the results file from the raw lines of an earlier run (its first line holds the settings)."""
    data_root = os.environ.get("BENCH_DATA", "/tmp/vico-bench-data")
    with open(args.from_jsonl) as f:
        lines = [json.loads(line) for line in f if line.strip()]
    meta = next((r for r in lines if r.get("tool") == "meta"), None)
    if meta is None:
        sys.exit(f"{args.from_jsonl} has no settings line: rerun the benchmark")
    records = [r for r in lines if r.get("tool") != "meta"]
    run_args = argparse.Namespace(**{**meta["args"], "results": args.results,
                                     "note": args.note or meta["args"].get("note", "")})
    sizes = run_args.sizes.split(",")
    stats = {}
    for size in sizes:
        try:
            with open(os.path.join(data_root, size, "stats.json")) as f:
                stats[size] = json.load(f)
        except OSError:
            stats[size] = {}
    started = datetime.datetime.fromisoformat(meta["started"])
    write_results(run_args, meta["info"], started, sizes, stats, records, args.from_jsonl, meta["argv"], meta["prepend"])
    log(f"wrote {args.results} from {args.from_jsonl}")


# ---- the targets of issue 7, met or not, from the records of one run ----

PROFILE_DOC = "PROFILE.md"  # hand-written: where the time goes for every target not met


def target_lines(by, sizes):
    """The section "Targets" of RESULTS.md: each of issue 7's targets with what this run measured."""
    def med(tool, size, op, field="seconds"):
        v = by.get((tool, size, op))
        vals = [r.get(field) for r in (v or {}).values() if r.get(field) is not None]
        return statistics.median(vals) if vals else None

    def ratio(size, op, warm=False):
        v = by.get(("vico", size, op))
        peer_ops = [p for p in PAIRS.get(op, []) if ("igraph", size, p) in by]
        if not v or not peer_ops:
            return None
        runs = set.intersection(*[set(by[("igraph", size, p)].keys()) for p in peer_ops]) & set(v)
        vals = []
        for run in runs:
            mine = v[run].get("warm_seconds" if warm else "seconds")
            theirs = sum(by[("igraph", size, p)][run]["seconds"] for p in peer_ops)
            if mine is not None and theirs > 0:
                vals.append(mine / theirs)
        return statistics.median(vals) if vals else None

    def nx_ratio(size, op):
        v = by.get(("vico", size, op))
        peer_ops = [p for p in PAIRS.get(op, []) if ("networkx", size, p) in by]
        if not v or len(peer_ops) < len(PAIRS.get(op, [1])):
            return None
        theirs = sum(statistics.median([r["seconds"] for r in by[("networkx", size, p)].values()]) for p in peer_ops)
        return statistics.median([r["seconds"] for r in v.values()]) / theirs if theirs > 0 else None

    rows = []
    mark = lambda ok: "met" if ok else f"**not met** ([where the time goes]({PROFILE_DOC}))"
    for size in [s for s in ("10k", "100k") if s in sizes]:
        ops = [op for op in PAIRS if ratio(size, op) is not None]
        if not ops:
            continue
        over = [f"{op} {ratio(size, op):.2f}" for op in ops if ratio(size, op) > 1.0]
        worst = max(ratio(size, op) for op in ops)
        rows.append((f"every op igraph has: vico/igraph ≤ 1.0 at {size} (cold, first call in a fresh JVM)",
                     f"worst {worst:.2f}" + (f"; over 1: {', '.join(over)}" if over else ""), not over))
        warm = [(op, ratio(size, op, warm=True)) for op in ops if ratio(size, op, warm=True) is not None]
        if warm:
            over_w = [f"{op} {r:.2f}" for op, r in warm if r > 1.0]
            rows.append((f"… the same op run a second time in the JVM (warm) at {size}",
                         f"worst {max(r for _, r in warm):.2f}" + (f"; over 1: {', '.join(over_w)}" if over_w else ""),
                         not over_w))
    for size in [s for s in ("10k", "100k") if s in sizes]:
        nx = [(op, nx_ratio(size, op)) for op in PAIRS if nx_ratio(size, op) is not None]
        if nx:
            over = [f"{op} {r:.3g}" for op, r in nx if r > 0.02]
            rows.append((f"NetworkX: vico/NetworkX ≤ 0.02 on every op at {size}",
                         f"{len(nx) - len(over)} of {len(nx)} ops" + (f"; over: {', '.join(over)}" if over else ""),
                         not over))
    for size, limit in (("10k", 5.0), ("100k-1m", 60.0)):
        t = med("vico", size, "analyze_cli")
        if t is not None:
            rss = med("vico", size, "analyze_cli", "peak_rss_mb")
            capped = any("heap capped" in r.get("impl", "") for r in by[("vico", size, "analyze_cli")].values())
            heap = " (heap capped at 4 GB: -Xmx4g)" if capped else ""
            rows.append((f"`vico analyze` of {size} from files, cold JVM ≤ {limit:g} s" + (" and ≤ 4 GB heap" if size in HEAP_CAP else ""),
                         f"{t:.2f} s median{heap}, peak RSS {rss:.0f} MB" if rss else f"{t:.2f} s", t <= limit))
    for op, limit, what in (("analyze_example_cli", 2.0, "`vico analyze examples/kanaalwijk`, cold JVM ≤ 2 s"),
                            ("demo_cli", 20.0, "`vico demo`, cold ≤ 20 s")):
        t = med("vico", "example", op)
        if t is not None:
            rows.append((what, f"{t:.2f} s median", t <= limit))
    rows += import_target_rows(by, sizes)
    if not rows:
        return []
    lines = ["## Targets (issue 7)", "",
             f"Each target with what this run measured. For every target not met, [{PROFILE_DOC}]({PROFILE_DOC}) "
             "shows where the time goes.", "",
             "| target | measured | |", "|---|---|---|"]
    for what, measured, ok in rows:
        lines.append(f"| {what} | {measured} | {mark(ok)} |")
    return lines + [""]


def import_target_rows(by, sizes):
    """Rows for the import targets, set for 100,000 actors / 1,000,000 ties (from the import section's rows)."""
    rows = []
    size = "100k-1m" if "100k-1m" in sizes else None
    for op, target in IMPORT_TARGETS.items():
        v = by.get(("vico", size, op)) if size else None
        rates = [r.get("ties_per_s") for r in (v or {}).values() if r.get("ties_per_s")]
        if rates:
            what = ("import of 100k actors / 1M ties into the embedded Neo4j through the driver" if op == "import"
                    else "reading a workspace back into the analyzer") + f" ≥ {target:,} ties/s (cold JVM)"
            rate = statistics.median(rates)
            rows.append((what, f"{rate:,.0f} ties/s median", rate >= target))
    return rows


def write_results(args, info, started, sizes, stats, records, jsonl_path, argv, prepend):
    by = {}
    for r in records:
        by.setdefault((r["tool"], r["size"], r["op"]), {})[r["run"]] = r
    cmdline = "bench/run.sh " + " ".join(shlex.quote(a) for a in argv)
    lines = [f"# vico benchmark results", ""]
    if args.note:
        lines += [args.note, ""]
    lines += [
        f"- date: {started.strftime('%Y-%m-%d %H:%M %Z')}",
        f"- machine: {info['cores']} cores ({info['cpu']}), {info['memory_gib']} GiB, Linux {info['kernel']}; "
        f"load average at start {', '.join(f'{x:.2f}' for x in info['load_at_start'])}",
        f"- {info['java']}; Python {info['python']}",
        f"- command: `{cmdline}` (repetitions: vico and igraph {args.reps}, NetworkX {args.networkx_reps}; "
        f"threads {args.threads}; sampled betweenness k = {args.k})",
        f"- raw lines: `{os.path.relpath(jsonl_path, ROOT)}`",
    ] + ([f"- VICO_BENCH_PREPEND={prepend} (classes before the jar's; vico analyze run as java -cp … nl.vico.app.Vico)"]
         if prepend else []) + [
        "",
        "Times are seconds of wall time inside each process (the op alone, as the peer scripts time it), "
        "median (min–max) over the repetitions; `process` is the whole process (start-up, loading and every op), "
        "`analyze_cli` the whole `vico analyze` command (these two have no peer ratio: the processes do different sets of ops). Ratios are vico/peer, computed per repetition and then "
        "summarised; below 1 means vico is faster. vico's `constraint_effective_size` computes Burt's constraint, "
        "effective size, efficiency and hierarchy (binary and weighted) in one pass and is compared with the sum of "
        "the peer's constraint and effective-size times. `vico warm s` times the same op a second time in the same "
        "JVM (compiled code, as in a running `vico serve`); the first time includes the JVM's interpreter and JIT "
        "warm-up that a one-off command pays. Peak RSS is MB.",
        "",
    ]
    lines += target_lines(by, sizes)
    example_ops = [op for op in ("analyze_example_cli", "demo_cli") if ("vico", "example", op) in by]
    if example_ops:
        lines += ["## Cold commands on the bundled example (examples/kanaalwijk: 113 actors, 365 ties)", "",
                  "| command | wall s | peak RSS MB | target |", "|---|---:|---:|---|"]
        targets = {"analyze_example_cli": "≤ 2 s", "demo_cli": "≤ 20 s"}
        for op in example_ops:
            v = by[("vico", "example", op)]
            lines.append(f"| `{next(iter(v.values()))['impl']}` | {fmt_time(summarize([r['seconds'] for r in v.values()]))} | "
                         f"{fmt_time(summarize([r.get('peak_rss_mb') for r in v.values()]))} | {targets[op]} |")
        lines.append("")
    for size in sizes:
        st = stats.get(size, {})
        lines += [f"## {size}: {st.get('n')} actors, {st.get('m')} ties", ""]
        lines += ["| op | vico s | igraph s | NetworkX s | vico/igraph | vico/NetworkX | vico warm s | warm vico/igraph | vico peak RSS |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        ops = [op for op in OP_ORDER if ("vico", size, op) in by]
        partial = set()
        for op in ops:
            v = by[("vico", size, op)]
            row = [op, fmt_time(summarize([r["seconds"] for r in v.values()]))]
            ratios = {}
            for peer in ("igraph", "networkx"):
                peer_ops = [p for p in PAIRS.get(op, []) if (peer, size, p) in by]
                if not peer_ops:
                    row.append("–")
                    ratios[peer] = None
                    continue
                if len(peer_ops) < len(PAIRS[op]):
                    partial.add((peer, op))
                runs = set.intersection(*[set(by[(peer, size, p)].keys()) for p in peer_ops])
                totals = {run: sum(by[(peer, size, p)][run]["seconds"] for p in peer_ops) for run in runs}
                row.append(fmt_time(summarize(list(totals.values()))))
                ratios[peer] = summarize([v[run]["seconds"] / totals[run] for run in runs
                                          if run in v and totals[run] > 0])
            row += [fmt_ratio(ratios["igraph"]) + ("\\*" if ("igraph", op) in partial else ""),
                    fmt_ratio(ratios["networkx"]) + ("\\*" if ("networkx", op) in partial else "")]
            warm = {run: r["warm_seconds"] for run, r in v.items() if r.get("warm_seconds") is not None}
            row.append(fmt_time(summarize(list(warm.values()))) if warm else "–")
            peer_ops = [p for p in PAIRS.get(op, []) if ("igraph", size, p) in by]
            if warm and peer_ops:
                runs = set.intersection(*[set(by[("igraph", size, p)].keys()) for p in peer_ops]) & set(warm)
                totals = {run: sum(by[("igraph", size, p)][run]["seconds"] for p in peer_ops) for run in runs}
                row.append(fmt_ratio(summarize([warm[run] / totals[run] for run in runs if totals[run] > 0])))
            else:
                row.append("–")
            row.append(fmt_time(summarize([r.get("peak_rss_mb") for r in v.values()])))
            lines.append("| " + " | ".join(row) + " |")
        skipped = NETWORKX_SKIP.get(size)
        if skipped and "networkx" in args.tools:
            lines += ["", f"NetworkX skipped at {size}: {', '.join(skipped)} (too slow to repeat here)."]
        if partial:
            lines += ["", "\\* compared with the peer ops that ran: " + "; ".join(
                f"{peer} {op} vs {' + '.join(p for p in PAIRS[op] if (peer, size, p) in by)}" for peer, op in sorted(partial))
                + " (favours the peer)."]
        lines.append("")
    lines += check_lines(records, sizes)
    lines += import_section(by, sizes)
    with open(args.results, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
