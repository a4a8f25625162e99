#!/usr/bin/env python3
"""Where the time of a cold `vico analyze` goes: runs it once under Java Flight Recorder and prints the samples
by thread and by method (the innermost vico method of each sample, else the innermost frame), with the JIT
compiler's and the garbage collector's time from the same recording.

    bench/profile.py /tmp/vico-bench-data/10k [--top 25] [--period 5] [--keep out.jfr] [-- extra vico options]

It runs the command as ./vico does (same JDK, class-data archive and collector: see the launcher), plus
-XX:StartFlightRecording. Samples are taken every --period ms of a running Java thread; the JIT compiler threads
and the collector are not sampled, so their time comes from jdk.Compilation and GC pause events. Recording costs
a few per cent.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--period", type=int, default=5, help="sampling period in ms")
    ap.add_argument("--keep", default=None, help="keep the recording in this file")
    ap.add_argument("rest", nargs="*", help="more options for vico analyze (after --)")
    args = ap.parse_args()
    subprocess.check_call([os.path.join(ROOT, "vico"), "--version"], stdout=subprocess.DEVNULL)
    run = os.path.join(ROOT, "app", "target", "vico-run")
    java = open(os.path.join(run, "java")).read().strip()
    jfr_tool = os.path.join(os.path.dirname(java), "jfr")
    with tempfile.TemporaryDirectory() as tmp:
        settings = os.path.join(tmp, "profile.jfc")
        with open(settings, "w") as f:
            f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">{args.period} ms</setting></event>
  <event name="jdk.Compilation"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
  <event name="jdk.GarbageCollection"><setting name="enabled">true</setting><setting name="threshold">0 ms</setting></event>
</configuration>
""")
        rec = args.keep or os.path.join(tmp, "rec.jfr")
        env = dict(os.environ)
        env["VICO_JAVA_OPTS"] = (env.get("VICO_JAVA_OPTS", "") + f" -XX:StartFlightRecording=filename={rec},settings={settings}").strip()
        out = os.path.join(tmp, "report.json")
        cmd = [os.path.join(ROOT, "vico"), "analyze", args.data, "-f", "json", "-o", out, "--timings"] + args.rest
        p = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(p.stderr)
        print("\n".join(l for l in p.stderr.splitlines() if l.startswith("vico:")))
        samples = parse(subprocess.run([jfr_tool, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", rec],
                                       capture_output=True, text=True).stdout)
        comp = subprocess.run([jfr_tool, "print", "--json", "--events", "jdk.Compilation", rec], capture_output=True, text=True).stdout
        gc = subprocess.run([jfr_tool, "print", "--json", "--events", "jdk.GarbageCollection", rec], capture_output=True, text=True).stdout
    total = len(samples)
    print(f"\n{total} samples of running Java threads, every {args.period} ms")
    print("\nby thread:")
    for name, c in collections.Counter(t for t, _ in samples).most_common():
        print(f"  {c / total:6.1%}  {name}")
    print("\nby method (innermost vico frame):")
    by = collections.Counter()
    for _, frames in samples:
        vico = next((f for f in frames if f.startswith("nl.vico.")), frames[0] if frames else "?")
        by[vico] += 1
    for m, c in by.most_common(args.top):
        print(f"  {c / total:6.1%}  {m}")
    print("\nJIT compilation (jdk.Compilation, compiler threads' wall time):")
    events = json.loads(comp)["recording"]["events"] if comp.strip() else []
    per = collections.defaultdict(lambda: [0, 0.0])
    for e in events:
        v = e["values"]
        level = v.get("compileLevel")
        key = ("C2" if level == 4 else "C1") + (" OSR" if v.get("isOsr") else "")
        per[key][0] += 1
        per[key][1] += duration(v.get("duration"))
    for k, (n, secs) in sorted(per.items()):
        print(f"  {k:7s} {n:5d} compilations, {secs:6.2f} s")
    events = json.loads(gc)["recording"]["events"] if gc.strip() else []
    pauses = sum(duration(e["values"].get("sumOfPauses")) for e in events)
    print(f"\nGC: {len(events)} collections, {pauses:.3f} s of pauses")


def duration(text):
    """JFR JSON durations look like "PT0.012345S"."""
    if not text:
        return 0.0
    m = re.match(r"PT(?:(\d+)M)?([\d.]+)S", text)
    return (int(m.group(1) or 0) * 60 + float(m.group(2))) if m else 0.0


def parse(text):
    samples = []
    for ev in text.split("jdk.ExecutionSample")[1:]:
        th = re.search(r'sampledThread = "([^"]+)"', ev)
        frames = [f.split("(")[0] for f in re.findall(r"\n\s+([\w$.<>]+\(.*?\))\s+line", ev)]
        name = th.group(1) if th else "?"
        name = re.sub(r"-\d+$", "-N", name)
        samples.append((name, frames))
    return samples


if __name__ == "__main__":
    main()
