#!/usr/bin/env python3
"""Recomputes an audit report's hash chain the way the Python reference does (SPEC §9):
payload = json.dumps(record, sort_keys=True), run_hash = sha256((previous or "") + "\\n" + payload).
Standard library only. Prints "OK <count> <last hash>" or "BROKEN <index> <why>"."""
import hashlib
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    report = json.load(f)
runs, chain = report["runs"], report["hash_chain"]
if len(runs) != len(chain):
    print("BROKEN", min(len(runs), len(chain)), "length mismatch")
    sys.exit(1)
previous = None
for i, (record, entry) in enumerate(zip(runs, chain)):
    payload = json.dumps(record, sort_keys=True)
    run_hash = hashlib.sha256(((previous or "") + "\n" + payload).encode("utf-8")).hexdigest()
    if entry["previous_hash"] != previous or entry["run_hash"] != run_hash or entry["call_index"] != record["call_index"]:
        print("BROKEN", i, "hash mismatch")
        sys.exit(1)
    previous = run_hash
print("OK", len(runs), previous)
