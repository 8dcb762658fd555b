#!/usr/bin/env python3
"""A holdout scorer for the Optuna bridge tests: scores a trial's params with a fixed formula
(x and n exist in every fixture study). Speaks the worker protocol of docs/SPEC-FILE.md."""
import json
import sys

for line in sys.stdin:
    req = json.loads(line)
    p = req["params"]
    score = (p["x"] - 0.3) ** 2 + 0.1 * p["n"]
    sys.stdout.write(json.dumps({"id": req["id"], "fitness": score}) + "\n")
    sys.stdout.flush()
