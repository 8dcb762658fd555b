"""Returns NaN as the fitness when params.bad is true (Python's json writes it as NaN)."""
import json
from common import answer, serve


def nan(req):
    out = answer(req)
    out["fitness"] = float("nan")
    return json.dumps(out)


serve(nan)
