#!/usr/bin/python3
"""Import into the embedded Neo4j, read-back and snapshot heap, per size: bench/java/ImportBench.java in fresh JVMs.

For every size and repetition it runs one JVM that reads the dataset folder (DatasetReader), imports it into a
new embedded Neo4j through the Java driver (Neo4jStore), reads it back twice (cold, then warm), imports it again
under another content hash (a replacing import: write, switch, remove the replaced version), then shuts the
database down and measures the heap retained by the network read back, by its CompactGraph, and by the CSV
reader's network. Raw JSON lines go to bench/results/import-<time>.jsonl, the table to --results. The JVMs run
on the Java runtime ./vico chose (as run.py's do), so the figures are those of `vico import`'s path.

Sizes: 1k, 10k, 100k (the shared generator's, average degree 10), 100k-1m (100,000 actors and 1,000,000 ties:
average degree 20, issue 7's target size) and 1m (the generator's 1,000,000 actors, about 5,000,000 ties).

Usage: bench/import_bench.py [--sizes 10k,100k,100k-1m] [--reps 1] [--writers 2] [--batch 1000]
                             [--no-reimport] [--no-memory] [--java PATH] [--java-opts=-Xmx4g] [--results bench/IMPORT-RESULTS.md]
Needs app/target/vico.jar (./mvnw -q -DskipTests package) and Debian's python3-numpy python3-scipy.
"""
import argparse
import datetime
import json
import os
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import run  # noqa: E402  (the benchmark runner: machine info, measured processes, the jar's location)

# size -> arguments of ../shared/bench/gen_graph.py
GENERATOR = {
    "1k": ["1k"], "10k": ["10k"], "100k": ["100k"],
    "100k-1m": ["100000", "--avg-degree", "20"],
    "1m": ["1m"],
}
OPENS = ["--add-opens", "java.base/java.nio=ALL-UNNAMED", "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
         "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED"]
OPS = ["read", "db_start", "import", "load", "load_warm", "reimport"]


def ensure_data(size, data_root):
    d = os.path.join(data_root, size)
    if not os.path.exists(os.path.join(d, "ties.csv")):
        if size not in GENERATOR:
            sys.exit(f"unknown size {size}: give one of {', '.join(GENERATOR)}")
        run.log(f"generating {size} into {d}")
        subprocess.check_call([run.PY, os.path.join(run.SHARED, "gen_graph.py")] + GENERATOR[size] + ["--out", d],
                              stdout=subprocess.DEVNULL)
    return d


def java_major(java):
    """The major version of a java binary (17 for 17.0.15, 25 for 25.0.1)."""
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    for token in out.replace('"', " ").split():
        head = token.split(".")[0].split("-")[0]
        if head.isdigit() and int(head) >= 8 and "." in token:
            return int(head)
    return 17


def classpath(build_dir):
    """Unpacks the application jar (once per jar version, as run.py does) and compiles ImportBench against it."""
    if not os.path.exists(run.JAR):
        sys.exit(f"{run.JAR} is missing: build it with  (cd {run.ROOT} && ./mvnw -q -DskipTests package)")
    stamp = str(int(os.path.getmtime(run.JAR)))
    app = os.path.join(build_dir, "app-" + stamp)
    if not os.path.isdir(app):
        run.log(f"unpacking {run.JAR} into {app}")
        with zipfile.ZipFile(run.JAR) as z:
            z.extractall(app)
    cp = ":".join([os.path.join(app, "BOOT-INF", "classes"), os.path.join(app, "BOOT-INF", "lib", "*")])
    if run.PREPEND:
        cp = run.PREPEND + ":" + cp
    classes = os.path.join(build_dir, "import-classes-" + stamp + ("-dev" if run.PREPEND else ""))
    src = os.path.join(HERE, "java", "ImportBench.java")
    marker = os.path.join(classes, "ImportBench.class")
    if run.PREPEND or not os.path.exists(marker) or os.path.getmtime(marker) < os.path.getmtime(src):
        os.makedirs(classes, exist_ok=True)
        run.log("compiling bench/java/ImportBench.java")
        subprocess.check_call(["javac", "--release", "17", "-d", classes, "-cp", cp, src])
    return classes + ":" + cp


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10k,100k,100k-1m")
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--writers", type=int, default=2)
    ap.add_argument("--batch", type=int, default=0, help="rows per batch transaction (default: the store's)")
    ap.add_argument("--no-reimport", action="store_true", help="skip the replacing import (saves time at 1m)")
    ap.add_argument("--no-memory", action="store_true", help="skip the heap measurement after the database is shut down")
    ap.add_argument("--java", default="", help="the java to run (default: the one ./vico chose, as run.py's)")
    ap.add_argument("--java-opts", default="", help="extra JVM options, given as --java-opts=-Xmx4g")
    ap.add_argument("--timeout", type=int, default=7200)
    ap.add_argument("--results", default=os.path.join(HERE, "IMPORT-RESULTS.md"))
    args = ap.parse_args()
    data_root = os.environ.get("BENCH_DATA", "/tmp/vico-bench-data")
    build_dir = os.environ.get("BENCH_BUILD", "/tmp/vico-bench-build")
    os.makedirs(os.path.join(HERE, "results"), exist_ok=True)
    started = datetime.datetime.now().astimezone()
    jsonl_path = os.path.join(HERE, "results", "import-" + started.strftime("%Y%m%d-%H%M%S") + ".jsonl")
    info = run.machine()
    java = args.java or run.java_of_launcher()
    version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    info["java"] = version[0] if version else java
    opens = OPENS + (["--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"]
                     if java_major(java) >= 24 else [])
    cp = classpath(build_dir)
    records = []
    with open(jsonl_path, "w") as jsonl:
        jsonl.write(json.dumps(dict(tool="meta", info=info, started=started.isoformat(), argv=sys.argv[1:],
                                    args=vars(args), prepend=run.PREPEND)) + "\n")
        for size in args.sizes.split(","):
            data = ensure_data(size, data_root)
            for rep in range(1, args.reps + 1):
                run.log(f"{size}: repetition {rep}/{args.reps}")
                cmd = ([java] + args.java_opts.split() + opens + ["-cp", cp, "ImportBench", "--data", data,
                       "--size", size, "--run", str(rep), "--writers", str(args.writers)]
                       + (["--batch", str(args.batch)] if args.batch else [])
                       + (["--reimport", "false"] if args.no_reimport else [])
                       + (["--memory", "false"] if args.no_memory else []))
                wall, rss, code, out, _ = run.run_measured(cmd, args.timeout)
                recs = run.parse_lines(out, jsonl)
                recs += run.parse_lines(json.dumps(dict(tool="vico", size=size, op="process", seconds=round(wall, 3),
                                                       peak_rss_mb=rss, run=rep, ok=code == 0)), jsonl)
                records += recs
    write(args, info, started, records, jsonl_path)
    run.log(f"wrote {args.results} and {jsonl_path}")


def write(args, info, started, records, jsonl_path):
    lines = ["# Import, read-back and snapshot heap (embedded Neo4j through the Java driver)", "",
             f"- date: {started.strftime('%Y-%m-%d %H:%M %Z')}",
             f"- machine: {info['cores']} cores ({info['cpu']}), {info['memory_gib']} GiB; load average at start "
             f"{', '.join(f'{x:.2f}' for x in info['load_at_start'])}; {info['java']}",
             f"- command: `bench/import_bench.py {' '.join(sys.argv[1:])}` (writers {args.writers}, batch {args.batch or 'the store default'})",
             f"- raw lines: `{os.path.relpath(jsonl_path, run.ROOT)}`", "",
             "Seconds of wall time, and CPU seconds of the whole process during the operation (user + system, "
             "and user alone): the embedded server's threads, the JIT compiler and the garbage collector count "
             "too; ties/s = ties of the dataset per wall second of the operation. One fresh JVM per size "
             "and repetition: `import` and `load` are cold (as a user's command meets them), `load_warm` and "
             "`reimport` run after them in the same JVM.", "",
             "| size | actors | ties | op | wall s | CPU s (user) | ties/s | phases (wall s) |",
             "|---|---:|---:|---|---:|---:|---:|---|"]
    mem = []
    for r in records:
        if r.get("op") == "memory":
            mem.append(r)
            continue
        if r.get("op") not in OPS:
            continue
        extra = {k: v for k, v in r.get("extra", {}).items() if k not in ("outcome", "user_cpu_s")}
        phases = ", ".join(f"{k[:-2].replace('_', ' ')} {v:.3g}" for k, v in extra.items())
        user = r.get("extra", {}).get("user_cpu_s")
        cpu = f"{r['cpu_seconds']:.3g}" + (f" ({user:.3g})" if user is not None else "")
        lines.append(f"| {r['size']} | {r['n']:,} | {r['m']:,} | {r['op']} | {r['seconds']:.3g} | {cpu} | "
                     f"{r['per_s']:,} | {phases} |")
    if mem:
        lines += ["", "Heap retained after full GCs (bytes per tie):", "",
                  "| size | network read back | CompactGraph | snapshot (both) | network from CSV |", "|---|---:|---:|---:|---:|"]
    for r in mem:
        e = r["extra"]
        lines.append(f"| {r['size']} | {e['network_loaded_b_per_tie']:.1f} | {e['compact_graph_b_per_tie']:.1f} | "
                     f"{e['snapshot_b_per_tie']:.1f} | {e['network_csv_b_per_tie']:.1f} |")
    for r in mem:
        lines += ["", f"Live objects at {r['size']} (network read back + CSV network + CompactGraph held), top of "
                  "the class histogram:", "", "```"] + r["extra"]["histogram_top"].split(" | ") + ["```"]
    lines += ["", "Where the time goes, and what was tried to make it shorter: `docs/scale.md`, section *Import and "
              "read-back, measured*."]
    with open(args.results, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
