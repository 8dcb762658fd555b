"""Never reads its stdin: a large request fills the pipe and the writer would block."""
import time

time.sleep(3600)
