#!/usr/bin/python3
"""Checks that vico's values agree with igraph's on a benchmark data set, actor by actor.

Reads the data set folder (actors.csv, ties.csv) itself, builds the views vico analyses (see README.md,
"How vico reads the network"), computes every measure igraph has under vico's conventions, and compares
them with the JSON of `vico analyze DIR -f json` (--vico-json):

  undirected view  one edge per pair of distinct actors with at least one tie of any kind or direction;
                   self-loops dropped, parallel ties collapsed; its weight is the sum of the pair's weights
                   (added tie by tie in file order, as vico does)
  directed view    one arc a->b per directed tie a->b, and both arcs for an undirected tie, collapsed the
                   same way (kinds funds, contracts, informs, member_of are directed unless the `directed`
                   column says otherwise)

Per key it prints one JSON line {tool: "check", size, op: "agree:<key>", key, compared, max_abs_diff,
max_rel_diff, tolerance, pass, worst: {actor, vico, igraph}, seconds, cpu_seconds} (to stdout, and appended
to --out); a key that cannot be compared at this size gets pass = null and a `skipped` reason. Tolerances:
integer and set-valued measures exactly; PageRank and eigenvector centrality 1e-8 absolute (vico stops at
1e-10 in L1); every other measure 1e-9 relative, |vico - igraph| <= 1e-9 * max(|vico|, |igraph|, 1e-3)
(so values below 1e-3, e.g. a zero against round-off, are held to 1e-12 absolute); max_rel_diff is reported
over the values of at least 1e-9. Undefined values (vico's
null, igraph's NaN) agree only with each other.

Betweenness is compared only when vico computed it exactly (the JSON has no network.betweenness_sample:
run vico with --exact above 1e8 actors x ties), closeness and harmonic centrality only when vico's distances
are exact (no network.distances_sample). igraph has every measure compared here, so NetworkX is not used.

Exit status: 0 when every compared key agrees, 1 on any disagreement, 2 on bad input.
Weighted betweenness (length 1/weight) is compared up to 1e8 actors x ties, above that with --full only
(igraph's weighted Brandes takes about 150 s at 10k actors / 50k ties).

Usage: /usr/bin/python3 bench/check_results.py --size 10k --data DIR --vico-json FILE [--out f.jsonl]
       [--skip key,key] [--run N] [--full]
"""
import argparse
import csv
import json
import math
import os
import sys
import time

import igraph as ig

DIRECTED_KINDS = {"funds", "contracts", "informs", "member_of"}
TRUE = {"true", "yes", "1", "ja", "waar"}
FALSE = {"false", "no", "0", "nee", "onwaar"}
REL = 1e-9
REL_FLOOR = 1e-3
ABS_ITERATIVE = 1e-8
WEIGHTED_WORK = 1e8
# max_rel_diff is reported over values at least this large (a round-off 1e-13 against an exact 0 is not 100 %)
REL_REPORTED = 1e-9


def fail_input(msg):
    print(f"check_results: {msg}", file=sys.stderr)
    sys.exit(2)


def read_dataset(folder):
    """-> (actor ids in file order, undirected {(i, j): weight} with i < j, directed {(a, b): weight})."""
    ids, index = [], {}
    path = os.path.join(folder, "actors.csv")
    try:
        with open(path, newline="", encoding="utf-8") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                a = (row.get("id") or "").strip()
                if not a or a in index:
                    fail_input(f"{path} line {line}: missing or repeated actor id {a!r}")
                index[a] = len(ids)
                ids.append(a)
    except OSError as e:
        fail_input(f"cannot read {path}: {e}")
    und, arcs = {}, {}
    path = os.path.join(folder, "ties.csv")
    try:
        with open(path, newline="", encoding="utf-8") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                try:
                    s, t = index[row["source"].strip()], index[row["target"].strip()]
                except KeyError:
                    fail_input(f"{path} line {line}: unknown actor in {row.get('source')!r} -> {row.get('target')!r}")
                w = (row.get("weight") or "").strip()
                w = float(w) if w else 1.0
                d = (row.get("directed") or "").strip().lower()
                if d in TRUE:
                    directed = True
                elif d in FALSE:
                    directed = False
                elif not d:
                    directed = row["kind"].strip().lower() in DIRECTED_KINDS
                else:
                    fail_input(f"{path} line {line}: directed must be true or false, not {d!r}")
                if s == t:
                    continue
                key = (s, t) if s < t else (t, s)
                und[key] = und.get(key, 0.0) + w
                arcs[(s, t)] = arcs.get((s, t), 0.0) + w
                if not directed:
                    arcs[(t, s)] = arcs.get((t, s), 0.0) + w
    except OSError as e:
        fail_input(f"cannot read {path}: {e}")
    return ids, und, arcs


def is_undefined(v):
    return v is None or (isinstance(v, float) and math.isnan(v))


class Checker:
    def __init__(self, size, run, out):
        self.size, self.run, self.out = size, run, out
        self.lines = []

    def emit(self, rec):
        rec = dict(tool="check", size=self.size, op="agree:" + rec["key"], run=self.run, **rec)
        rec["pass"] = rec.pop("pass_")
        self.lines.append(rec)
        text = json.dumps(rec)
        print(text, flush=True)
        if self.out:
            self.out.write(text + "\n")
            self.out.flush()

    def skip(self, key, reason, scope="actor"):
        self.emit(dict(key=key, scope=scope, compared=0, pass_=None, skipped=reason))

    def compare(self, key, pairs, kind, seconds, cpu, scope="actor", reference="igraph"):
        """pairs: list of (actor or network key, vico value, igraph value); kind: exact, rel or abs."""
        max_abs, max_rel, worst, worst_score, bad = 0.0, 0.0, None, -1.0, 0
        for name, a, b in pairs:
            if is_undefined(a) or is_undefined(b):
                ok = is_undefined(a) and is_undefined(b)
                score = 0.0 if ok else math.inf
            elif kind == "exact":
                ok = a == b
                if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
                    diff = abs(a - b)
                    max_abs = max(max_abs, diff)
                    scale = max(abs(a), abs(b))
                    if scale > 0:
                        max_rel = max(max_rel, diff / scale)
                score = 0.0 if ok else math.inf
            else:
                diff = abs(a - b)
                scale = max(abs(a), abs(b))
                max_abs = max(max_abs, diff)
                if scale >= REL_REPORTED:
                    max_rel = max(max_rel, diff / scale)
                limit = ABS_ITERATIVE if kind == "abs" else REL * max(scale, REL_FLOOR)
                ok = diff <= limit
                score = diff / limit
            if not ok:
                bad += 1
            if score > worst_score:
                worst_score, worst = score, dict(actor=name, vico=a, igraph=b)
                if isinstance(a, list) and isinstance(b, list) and not ok:
                    # a set-valued network key: name what differs instead of both whole lists
                    only_a = [x for x in a if x not in b]
                    only_b = [x for x in b if x not in a]
                    worst = dict(actor=name, vico=f"{len(a)} items, {len(only_a)} not in igraph's: {only_a[:10]}",
                                 igraph=f"{len(b)} items, {len(only_b)} not in vico's: {only_b[:10]}")
        tol = {"exact": "exact", "rel": f"rel {REL:g} (floor {REL_FLOOR:g})", "abs": f"abs {ABS_ITERATIVE:g}"}[kind]
        self.emit(dict(key=key, scope=scope, reference=reference, compared=len(pairs), max_abs_diff=max_abs,
                       max_rel_diff=max_rel, tolerance=tol, pass_=bad == 0, mismatches=bad, worst=worst,
                       seconds=round(seconds, 4), cpu_seconds=round(cpu, 4)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", required=True, help="label of the data set, e.g. 10k (written into every line)")
    ap.add_argument("--data", required=True, help="data set folder: actors.csv, ties.csv")
    ap.add_argument("--vico-json", required=True, help="output of `vico analyze DIR -f json -o FILE`")
    ap.add_argument("--out", default=None, help="append the JSON lines to this file too")
    ap.add_argument("--skip", default="", help="keys not to compare, comma-separated")
    ap.add_argument("--run", type=int, default=1)
    ap.add_argument("--full", action="store_true",
                    help="also compare weighted betweenness above 1e8 actors x ties (minutes in igraph)")
    a = ap.parse_args()
    skip = set(filter(None, a.skip.split(",")))
    try:
        with open(a.vico_json, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        fail_input(f"cannot read vico's JSON {a.vico_json}: {e}")
    ids, und, arcs = read_dataset(a.data)
    n = len(ids)
    actors = report.get("actors", {})
    net = report.get("network", {})
    missing = [i for i in ids if i not in actors]
    if missing or len(actors) != n:
        fail_input(f"{a.vico_json} has {len(actors)} actors, {a.data} has {n} (first missing: {missing[:3]})")
    out = open(a.out, "a") if a.out else None
    chk = Checker(a.size, a.run, out)

    t0, c0 = time.perf_counter(), time.process_time()
    edges = list(und.keys())
    g = ig.Graph(n=n, edges=edges, directed=False)
    g.es["weight"] = list(und.values())
    gd = ig.Graph(n=n, edges=list(arcs.keys()), directed=True)
    gd.es["weight"] = list(arcs.values())
    chk.emit(dict(key="views", scope="network", reference="igraph", compared=3, pass_=(
        net.get("n_actors") == n and net.get("n_edges_undirected") == len(und) and net.get("n_arcs_directed") == len(arcs)),
        vico=[net.get("n_actors"), net.get("n_edges_undirected"), net.get("n_arcs_directed")],
        igraph=[n, len(und), len(arcs)], seconds=round(time.perf_counter() - t0, 4),
        cpu_seconds=round(time.process_time() - c0, 4), tolerance="exact"))

    def vico_values(key):
        return [actors[i].get(key) for i in ids]

    def per_actor(key, kind, compute, reference="igraph"):
        if key in skip:
            return chk.skip(key, "--skip")
        t, c = time.perf_counter(), time.process_time()
        theirs = compute()
        if theirs is None:
            return None
        chk.compare(key, list(zip(ids, vico_values(key), theirs)), kind, time.perf_counter() - t,
                    time.process_time() - c, reference=reference)

    def network(key, kind, vico_value, compute):
        if key in skip:
            return chk.skip(key, "--skip", scope="network")
        t, c = time.perf_counter(), time.process_time()
        theirs = compute()
        chk.compare(key, [(key, vico_value, theirs)], kind, time.perf_counter() - t, time.process_time() - c,
                    scope="network")

    deg = g.degree()
    per_actor("degree", "exact", lambda: deg)
    per_actor("degree_centrality", "rel", lambda: [d / (n - 1) for d in deg] if n > 1 else [None] * n)
    per_actor("strength", "rel", lambda: g.strength(weights="weight"))
    per_actor("in_degree", "exact", lambda: gd.indegree())
    per_actor("out_degree", "exact", lambda: gd.outdegree())
    per_actor("k_core", "exact", lambda: g.coreness())
    per_actor("clustering", "rel", lambda: g.transitivity_local_undirected(mode="zero"))

    # effective size for binary ties: degree - 2t/degree, t = ties among the contacts (triangles through v)
    tri = [0] * n
    triangles = g.list_triangles() if {"effective_size", "efficiency"} - skip else []
    for x, y, z in triangles:
        tri[x] += 1
        tri[y] += 1
        tri[z] += 1
    eff = [None if d == 0 else d - 2.0 * t / d for d, t in zip(deg, tri)]
    per_actor("constraint", "rel", lambda: g.constraint())
    per_actor("effective_size", "rel", lambda: eff)
    per_actor("efficiency", "rel", lambda: [None if e is None else e / d for e, d in zip(eff, deg)])
    # weighted reading: z_ij the summed weight of the directed arc i->j; igraph's constraint on a directed
    # graph uses a_ij + a_ji, as vico's p_ij = (z_ij + z_ji) / sum_k (z_ik + z_ki)
    per_actor("constraint_weighted", "rel", lambda: gd.constraint(weights="weight"))

    per_actor("pagerank", "abs", lambda: g.pagerank(directed=False, damping=0.85))
    per_actor("pagerank_weighted", "abs", lambda: g.pagerank(directed=False, damping=0.85, weights="weight"))
    per_actor("pagerank_directed", "abs", lambda: gd.pagerank(directed=True, damping=0.85))

    def eigenvector():
        # vico: unit Euclidean norm, power iteration on A + I from the uniform vector, which on a disconnected
        # network converges to the leading eigenvector of the component with the largest eigenvalue (the
        # others tend to 0). igraph per component (scale=True: max 1), rescaled to unit norm.
        best, second, vec = None, None, None
        for c in g.connected_components():
            if len(c) < 2:
                continue
            sub = g.induced_subgraph(c)
            x, lam = sub.eigenvector_centrality(directed=False, scale=True, return_eigenvalue=True)
            if best is None or lam > best:
                second, best, vec = best, lam, (c, x)
            elif second is None or lam > second:
                second = lam
        if best is None:
            return [1 / math.sqrt(n)] * n
        if second is not None and best - second < 1e-9 * best:
            chk.skip("eigenvector", "two components share the largest eigenvalue: vico splits the norm between them")
            return None
        x = [0.0] * n
        norm = math.sqrt(sum(v * v for v in vec[1]))
        for v, val in zip(vec[0], vec[1]):
            x[v] = val / norm
        return x
    per_actor("eigenvector", "abs", eigenvector)

    aps = set(g.articulation_points())
    per_actor("articulation_point", "exact", lambda: [v in aps for v in range(n)])

    comps = g.connected_components()
    network("n_components", "exact", net.get("n_components"), lambda: len(comps))
    network("component_sizes", "exact", net.get("component_sizes"), lambda: sorted(comps.sizes(), reverse=True))
    network("articulation_points", "exact", sorted(net.get("articulation_points") or []),
            lambda: sorted(ids[v] for v in aps))
    network("bridges", "exact", sorted(sorted(b) for b in net.get("bridges") or []),
            lambda: sorted(sorted([ids[edges[e][0]], ids[edges[e][1]]]) for e in g.bridges()))
    network("transitivity", "rel", net.get("transitivity"), lambda: g.transitivity_undirected())
    network("average_clustering", "rel", net.get("average_clustering"), lambda: g.transitivity_avglocal_undirected(mode="zero"))
    network("density", "rel", net.get("density"), lambda: g.density(loops=False))
    network("degree_assortativity", "rel", net.get("degree_assortativity"), lambda: g.assortativity_degree(directed=False))
    community = vico_values("community")
    if all(isinstance(c, int) for c in community) and "modularity" not in skip:
        # the modularity of vico's own partition, recomputed by igraph (the partition itself is Louvain's
        # randomised result and is not compared)
        network("modularity", "rel", net.get("modularity"), lambda: g.modularity(community))
    else:
        chk.skip("modularity", "vico's JSON has no community per actor", scope="network")

    distances_exact = "distances_sample" not in net
    if distances_exact:
        comp_size = [0] * n
        for c in comps:
            for v in c:
                comp_size[v] = len(c)
        cc_holder = {}

        def closeness_component():
            cc_holder["cc"] = g.closeness(normalized=True)
            return cc_holder["cc"]
        per_actor("closeness_component", "rel", closeness_component)
        if "closeness" not in skip:
            cc = cc_holder.get("cc") or g.closeness(normalized=True)
            per_actor("closeness", "rel", lambda: [0.0 if r == 1 else c * (r - 1) / (n - 1) for c, r in zip(cc, comp_size)])
        per_actor("harmonic", "rel", lambda: g.harmonic_centrality(normalized=True))
        network("diameter", "exact", net.get("diameter"), lambda: g.diameter(directed=False, unconn=True))
    else:
        for key in ("closeness_component", "closeness", "harmonic", "diameter"):
            chk.skip(key, f"vico estimated distances from {net['distances_sample']} sampled sources")

    if "betweenness_sample" not in net:
        norm = 2.0 / ((n - 1) * (n - 2)) if n > 2 else None
        raw = []

        def betweenness_raw():
            raw.extend(g.betweenness(directed=False))
            return raw
        per_actor("betweenness_raw", "rel", betweenness_raw)
        per_actor("betweenness", "rel", lambda: [b * norm for b in (raw or g.betweenness(directed=False))]
                  if norm else [None] * n)
        # directed view: NetworkX's normalisation for directed graphs, raw / ((n-1)(n-2))
        per_actor("betweenness_directed", "rel",
                  lambda: [b / ((n - 1) * (n - 2)) for b in gd.betweenness(directed=True)] if norm else [None] * n)
        # tie length 1/weight on the undirected view (summed weights); igraph's weighted Brandes is slow
        # (about 150 s at 10k actors / 50k ties against 17 s unweighted), so above WEIGHTED_WORK only with --full
        if a.full or n * len(und) <= WEIGHTED_WORK:
            per_actor("betweenness_weighted", "rel",
                      lambda: [b * norm for b in g.betweenness(directed=False, weights=[1.0 / w for w in g.es["weight"]])]
                      if norm else [None] * n)
        else:
            chk.skip("betweenness_weighted", f"igraph's weighted betweenness takes minutes above {WEIGHTED_WORK:.0e} "
                     "actors x ties: pass --full to compare it")
    else:
        for key in ("betweenness_raw", "betweenness", "betweenness_directed", "betweenness_weighted"):
            chk.skip(key, f"vico sampled {net['betweenness_sample']} sources (run vico analyze --exact to compare)")

    failed = [r for r in chk.lines if r["pass"] is False]
    total = time.perf_counter() - t0
    print(f"check_results {a.size}: {sum(1 for r in chk.lines if r['pass'])} keys agree, {len(failed)} disagree, "
          f"{sum(1 for r in chk.lines if r['pass'] is None)} skipped ({total:.1f} s wall, {time.process_time():.1f} s CPU)",
          file=sys.stderr)
    for r in failed:
        print(f"  DISAGREE {r['key']}: {r.get('mismatches')} of {r['compared']}, max abs {r.get('max_abs_diff')}, "
              f"worst {r.get('worst')}", file=sys.stderr)
    if out:
        out.close()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
