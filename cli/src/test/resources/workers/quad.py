#!/usr/bin/env python3
"""quad12 (fixtures README) over the worker protocol. Usage: quad.py train|test|holdout"""
import json
import os
import sys

SHIFT = {"train": 0.0, "test": 0.15, "holdout": 0.3}


def evaluate(p, role):
    s = SHIFT[role]
    f = -(3.0 * (p["p0"] - 1.0 - s) ** 2 + 2.0 * (p["p1"] + 0.5 + s) ** 2
          + 1.5 * (p["p2"] - 2.0) ** 2 + 0.2 * p["p3"] ** 2)
    f -= 0.3 * abs(p["n0"] - 7) + 0.05 * p["n1"]
    f += (1.0 if p["b0"] else 0.0) + (0.01 if p["b1"] else 0.0)
    f += 0.001 * p["p4"] - 0.002 * p["p5"]
    n_trials = 40 + 3 * int(p["n0"]) + (10 if p["b0"] else 0)
    return f, n_trials, {"risk": abs(p["p1"]) + 0.1 * p["n0"], "tag": "quad", "slice": role}


role = sys.argv[1] if len(sys.argv) > 1 else "train"
print("quad worker %s ready (pid %d)" % (role, os.getpid()), file=sys.stderr)
for line in sys.stdin:
    req = json.loads(line)
    f, n, meta = evaluate(req["params"], role)
    sys.stdout.write(json.dumps({"id": req["id"], "fitness": f, "n_trials": n, "metadata": meta}) + "\n")
    sys.stdout.flush()
