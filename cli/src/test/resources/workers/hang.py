"""Never answers when params.bad is true."""
import time
from common import serve


def hang(req):
    while True:
        time.sleep(60)


serve(hang)
