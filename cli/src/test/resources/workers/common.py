"""Shared by the misbehaving test workers: the normal answer, and the loop that calls a hook."""
import json
import os
import sys


def answer(req):
    p = req["params"]
    return {"id": req["id"], "fitness": -(p["x"] - 0.3) ** 2, "n_trials": 10,
            "metadata": {"x": p["x"], "pid": os.getpid()}}


def serve(misbehave):
    """misbehave(req) is called when params.bad is true; it returns a line to write, or None."""
    for line in sys.stdin:
        req = json.loads(line)
        if req["params"].get("bad"):
            out = misbehave(req)
        else:
            out = json.dumps(answer(req))
        if out is not None:
            sys.stdout.write(out + "\n")
            sys.stdout.flush()
