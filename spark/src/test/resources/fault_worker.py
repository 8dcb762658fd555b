#!/usr/bin/env python3
"""Test worker for the Spark fault tests: `python3 fault_worker.py ROLE DELAY_S CRASH_ABOVE`.

Scores a skewed 2-D bowl over x and y (fitness = -4 (x - 0.3 - s)^2 - (y + 0.2)^2, s = 0.1 for
test),
sleeping DELAY_S seconds per request; exits abruptly, without answering, on any request whose
x is above CRASH_ABOVE (a crash the engine records as a failed evaluation). On start it leaves a
file `worker-started.PID` in its working directory, so a test can tell where it ran. Standard
library only.
"""
import json
import os
import sys
import time


def main(argv):
    role, delay, crash_above = argv[1], float(argv[2]), float(argv[3])
    shift = 0.1 if role == "test" else 0.0
    open("worker-started.%d" % os.getpid(), "w").close()
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        x, y = request["params"]["x"], request["params"]["y"]
        if x > crash_above:
            os._exit(3)
        time.sleep(delay)
        fitness = -4.0 * (x - 0.3 - shift) ** 2 - (y + 0.2) ** 2
        sys.stdout.write(json.dumps({"id": request["id"], "fitness": fitness, "n_trials": 60,
                                     "metadata": {"role": role}}) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
