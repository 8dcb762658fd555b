"""Answers without a fitness when params.bad is true."""
import json
from common import serve

serve(lambda req: json.dumps({"id": req["id"], "n_trials": 3}))
