#!/usr/bin/env python3
"""Writes python_format_cases.json, the oracle for WalkForwardSystemTest.

The walk-forward demo keys its noise on Python's f"{x:.6f}" text and on the MD5 of
"%.6f|%.6f|%d"; this records what CPython itself produces for awkward inputs so the Java
port can be checked without Python at test time.

Regenerate (no dependencies beyond Python 3) from this directory:
    python3 make_python_format_cases.py > python_format_cases.json
"""
import hashlib
import json
import sys

FORMAT_VALUES = [
    0.0, -0.0, 1e-9, -1e-9, 4e-7, -4e-7, 5e-7, -5e-7, 6e-7, -6e-7, 2.5e-7, 1.5e-6,
    0.0000005, 0.0000015, 0.0000025, 1.0000005, 2.0000005, 0.1234565, 0.1234575,
    2.675, 0.15, 0.3, 2.7, -2.7, 2.6999999999999997, 8.0, 10.0, -3.0, 123.4567895,
    1e16, 1.5e-7, 0.1 + 0.2, 1.0 / 3.0, -1.0 / 3.0, 2.0 ** -20, -(2.0 ** -21),
] + [-3.0 + 6.0 * i / 20 for i in range(21)] + [i * 0.3 - 3.0 for i in range(21)]

NOISE_POINTS = [
    (2.0, 1.5), (3.0, 0.0), (8.0, 2.7), (6.0, -0.3), (6.5, 0.0), (0.0, -3.0),
    (10.0, 3.0), (3.0, -0.0), (0.5, 1e-9), (4.5, -1e-9),
]
SEEDS = [2026, 2027, 2028]


def unit_noise(gain, bias, seed):
    key = f"{gain:.6f}|{bias:.6f}|{seed}".encode("utf-8")
    return int.from_bytes(hashlib.md5(key).digest()[:8], "big") / 2.0 ** 64


def main():
    out = {
        "generated_by": "core/src/test/resources/demo/make_python_format_cases.py",
        "python": sys.version.split()[0],
        # Values as their float.hex() text so no decimal parsing stands between us and them.
        "format_6f": [{"value_hex": v.hex(), "formatted": f"{v:.6f}"} for v in FORMAT_VALUES],
        "unit_noise": [
            {"gain_hex": g.hex(), "bias_hex": b.hex(), "seed": s,
             "key": f"{g:.6f}|{b:.6f}|{s}", "u_hex": unit_noise(g, b, s).hex()}
            for g, b in NOISE_POINTS for s in SEEDS
        ],
    }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
