"""Reports an error response when params.bad is true, and keeps serving."""
import json
from common import serve

serve(lambda req: json.dumps({"id": req["id"], "error": "ValueError: x out of the model's range"}))
