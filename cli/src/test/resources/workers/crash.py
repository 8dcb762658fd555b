"""Crashes (exit code 3, a message on stderr) when params.bad is true."""
import sys
from common import serve


def crash(req):
    print("boom: cannot evaluate x=%r" % req["params"]["x"], file=sys.stderr)
    sys.stderr.flush()
    sys.exit(3)


serve(crash)
