#!/usr/bin/env python3
"""Generates the differential cases for io.omegalock.json.PyFloat.

Each output line is: <16 hex digits of the IEEE-754 bits> <repr(x)> <:.0f> <:.2f> <:.3f>
(the fixed-point columns are "-" for |x| >= 1e22 to keep the file small; edge cases with
huge magnitudes are still covered by repr). Deterministic: the seed is fixed.

    python3 tools/gen_pyfloat_cases.py | gzip -9n > core/src/test/resources/io/omegalock/json/pyfloat_cases.txt.gz
"""
import math
import random
import struct
import sys

rng = random.Random(20261128)
cases = []


def add(x):
    cases.append(float(x))


# Edge cases: zeros, extremes, subnormals, the repr threshold decades and their neighbours.
for x in [0.0, -0.0, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, -1.7976931348623157e308, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3,
          2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 9007199254740993.0, 123456789012345.0,
          1234567890123456.0, 12345678901234567.0, 9999999999999998.0, 1e16, 1e21, 1e22, 1e23,
          2e23, 8.41e21, 5e-5, 1.5e-7, 0.5, 2.5, 1.5, 0.125, 0.0005, 0.00015, 4.35, 2.675,
          1.005, 0.045, 1e300, 1e-300, 9.5, 10.5, 0.05, 0.15, 0.25, 0.35]:
    add(x)
    add(-x)
for e in range(-325, 309):
    for m in (1.0, 1.5, 2.5, 9.999999999999999, 9.5, 5.0):
        try:
            v = float(f"{m}e{e}")
        except OverflowError:
            continue
        if math.isfinite(v):
            add(v)
            add(math.nextafter(v, math.inf))
            add(math.nextafter(v, -math.inf))
for k in range(0, 64):
    add(2.0 ** k)
    add(2.0 ** -k)
    add(2.0 ** (k * 16 - 1074) if k * 16 - 1074 < 1024 else 1.0)

# Random bit patterns (uniform over all finite doubles' encodings).
while len(cases) < 12000:
    bits = rng.getrandbits(64)
    v = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if math.isfinite(v):
        add(v)
# Values a tuner produces: uniform in modest ranges, short decimals, integers, halves.
for _ in range(4000):
    add(rng.uniform(-10, 10))
for _ in range(3000):
    add(round(rng.uniform(-1000, 1000), rng.randint(0, 6)))
for _ in range(2000):
    add(rng.randint(-10 ** 17, 10 ** 17) * 1.0)
for _ in range(2000):
    add(rng.randint(-100000, 100000) / 8.0 / 10 ** rng.randint(0, 4))

out = sys.stdout
for v in cases:
    bits = struct.unpack("<Q", struct.pack("<d", v))[0]
    if abs(v) < 1e22:
        fixed = f"{v:.0f} {v:.2f} {v:.3f}"
    else:
        fixed = "- - -"
    out.write(f"{bits:016x} {v!r} {fixed}\n")
for v in (math.inf, -math.inf, math.nan):
    bits = struct.unpack("<Q", struct.pack("<d", v))[0]
    out.write(f"{bits:016x} {v!r} {v:.0f} {v:.2f} {v:.3f}\n")
