#!/usr/bin/env python3
"""Generates the differential cases for io.omegalock.json.CanonicalJson and JsonWriter.

Writes json_cases.txt: for each document three lines, the compact input
(json.dumps(doc)), the canonical form (json.dumps(doc, sort_keys=True)) and the pretty form
(json.dumps(doc, indent=2)), the last written as a JSON string literal to fit on one line.

    python3 tools/gen_json_cases.py > core/src/test/resources/io/omegalock/json/json_cases.txt
"""
import json
import random

rng = random.Random(7)
docs = [
    {"b": 1, "a": [1, 2.5, None, True, False, "s"], "C": {"z": -0.0, "y": 1e-05, "x": 1e16}},
    {"\uffff": 1, "\U0001F600": 2, "\ue000": 3, "a": 4, "B": 5, "\u00e9": 6, "": 7, "\ud7ff": 8},
    {"ctrl": "tab\tnl\ncr\rbs\bff\fq\"bk\\sl/\x01\x1f\x7f\x80\u2028 \U0001F600 \u00fc", "e": []},
    {"nums": [0.1 + 0.2, 1 / 3, 123456789012345.0, 1.5e-07, 2 ** 53 + 1, 10 ** 30, -5, 0, 1e22, 1e21,
              float("nan"), float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308]},
    {"nested": {"deep": {"deeper": [{"b": {}, "a": []}, [[], [1]]]}}, "top": None},
    [],
    {},
    "plain",
    3.0,
    [{"k": i, "v": rng.random(), "s": "x" * i} for i in range(5)],
]
for _ in range(40):
    d = {}
    for _ in range(rng.randint(0, 8)):
        key = "".join(chr(rng.choice([rng.randint(32, 126), rng.randint(0, 0x2FF), rng.randint(0xE000, 0xFFFF),
                                      rng.randint(0x10000, 0x1FFFF)])) for _ in range(rng.randint(0, 4)))
        kind = rng.randint(0, 4)
        d[key] = [rng.uniform(-1e6, 1e6), rng.randint(-10 ** 12, 10 ** 12), key, [key, 1.0], {key: None}][kind]
    docs.append(d)

for d in docs:
    print(json.dumps(d))
    print(json.dumps(d, sort_keys=True))
    print(json.dumps(json.dumps(d, indent=2)))
