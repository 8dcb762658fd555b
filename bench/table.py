#!/usr/bin/env python3
"""Prints one table from a JMH JSON result: median of each benchmark's per-iteration raw
data, the reference figure from reference-figures.tsv, their ratio and the target verdict.

usage: table.py JMH_JSON REFERENCE_TSV
"""
import json
import statistics
import sys

TO_SECONDS = {"s": 1.0, "ms": 1e-3, "us": 1e-6, "ns": 1e-9}


def unit_of(score_unit):
    # JMH writes "ms/op", "s/op", "us/op" for time modes.
    u = score_unit.split("/")[0]
    if u not in TO_SECONDS:
        sys.exit(f"table.py: unsupported score unit {score_unit!r}")
    return u


def load_refs(path):
    refs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            bench, ref, unit, target = cols[:4]
            refs[bench] = {"ref": None if ref == "-" else float(ref) * TO_SECONDS[unit],
                           "unit": unit, "target": target}
    return refs


def fmt_s(seconds):
    if seconds is None:
        return "-"
    return f"{seconds * 1e3:.2f} ms" if seconds < 1 else f"{seconds:.3f} s"


def verdict(target, unit, median_s, medians):
    if target == "-":
        return "-"
    if target.startswith("<="):
        limit = float(target[2:].strip()) * TO_SECONDS[unit]
        return f"{'met' if median_s <= limit else 'MISSED'} ({target} {unit})"
    if target.startswith(">=") and "x vs " in target:
        want, other = target[2:].split("x vs ")
        base = medians.get(other.strip())
        if base is None:
            return f"? ({other.strip()} not run)"
        speedup = base / median_s
        return f"{'met' if speedup >= float(want) else 'MISSED'} ({speedup:.2f}x, want >= {want.strip()}x)"
    return target


def samples(pm):
    """Per-iteration scores, or, for sample-time benchmarks, every sampled time (from the histogram)."""
    if "rawData" in pm:
        return [v for fork in pm["rawData"] for v in fork]
    out = []
    for fork in pm["rawDataHistogram"]:
        for iteration in fork:
            for value, count in iteration:
                out.extend([value] * int(count))
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        runs = json.load(f)
    refs = load_refs(sys.argv[2])
    rows = []
    medians = {}
    for run in runs:
        base = run["benchmark"].rsplit(".", 1)[1]
        params = run.get("params") or {}
        # A parameterized benchmark's first variant is the one the reference row describes.
        label = base + "".join(f"[{v}]" for k, v in params.items() if k not in ("template", "trials"))
        pm = run["primaryMetric"]
        raw = samples(pm)
        median_s = statistics.median(raw) * TO_SECONDS[unit_of(pm["scoreUnit"])]
        medians.setdefault(base, median_s)
        rows.append((label, base, median_s, len(raw)))
    header = ("scenario", "median (ours)", "n", "reference", "ref/ours", "target")
    table = [header]
    for label, name, median_s, n in rows:
        ref = refs.get(label) or refs.get(name, {"ref": None, "unit": "s", "target": "-"})
        ratio = f"{ref['ref'] / median_s:.1f}x" if ref["ref"] else "-"
        table.append((label, fmt_s(median_s), str(n), fmt_s(ref["ref"]), ratio,
                      verdict(ref["target"], ref["unit"], median_s, medians)))
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print()
    for i, r in enumerate(table):
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    main()
