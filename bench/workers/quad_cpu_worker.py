#!/usr/bin/env python3
"""quad12 over the worker protocol, plus a fixed amount of CPU work per evaluation (about
5 ms, set with --spin N iterations), so that the worker is the cost: the scenario in which
`omega-lock run --threads N` is meant to pay off. Used by bench/cli-timings."""
import json
import sys

SHIFT = {"train": 0.0, "test": 0.15, "holdout": 0.3}


def main():
    role = sys.argv[1]
    spin = int(sys.argv[2]) if len(sys.argv) > 2 else 60000
    s = SHIFT[role]
    for line in sys.stdin:
        req = json.loads(line)
        p = req["params"]
        acc = 0
        for i in range(spin):
            acc = (acc * 31 + i) % 1000003
        f = -(3.0 * (p["p0"] - 1.0 - s) ** 2 + 2.0 * (p["p1"] + 0.5 + s) ** 2
              + 1.5 * (p["p2"] - 2.0) ** 2 + 0.2 * p["p3"] ** 2)
        f -= 0.3 * abs(p["n0"] - 7) + 0.05 * p["n1"]
        f += (1.0 if p["b0"] else 0.0) + (0.01 if p["b1"] else 0.0)
        f += 0.001 * p["p4"] - 0.002 * p["p5"]
        n = 40 + 3 * int(p["n0"]) + (10 if p["b0"] else 0)
        out = {"id": req["id"], "fitness": f, "n_trials": n,
               "metadata": {"risk": abs(p["p1"]) + 0.1 * p["n0"], "tag": "quad", "slice": role}}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
