"""Answers with the wrong id when params.bad is true."""
import json
from common import answer, serve


def wrong(req):
    out = answer(req)
    out["id"] = req["id"] + 1000
    return json.dumps(out)


serve(wrong)
