"""Prints a line that is not JSON when params.bad is true."""
from common import serve

serve(lambda req: "this is not json {")
