#!/usr/bin/env python3
"""Makes a report as the reference writes one when a Python target returns an int fitness:
copies IN, sets runs[0].fitness to the integer 5, recomputes the hash chain the reference's
way (json.dumps(sort_keys=True) + sha256), writes OUT with json.dumps(indent=2)."""
import hashlib
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    report = json.load(f)
report["runs"][0]["fitness"] = 5
previous = None
chain = []
for r in report["runs"]:
    run_hash = hashlib.sha256(((previous or "") + "\n" + json.dumps(r, sort_keys=True)).encode("utf-8")).hexdigest()
    chain.append({"call_index": r["call_index"], "previous_hash": previous, "run_hash": run_hash})
    previous = run_hash
report["hash_chain"] = chain
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(report, f, indent=2)
