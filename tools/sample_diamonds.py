"""Writes the embedded 2,000-row sample of ggplot2's diamonds (MIT, ggplot2 authors).

Rows are drawn without replacement by Python's random.Random(20261127).sample over the 53,940
data rows of shared/data/regression/diamonds.csv, then written in their original file order,
each line copied byte for byte under the unchanged header. Rerunning reproduces the file exactly.

Usage: python3 tools/sample_diamonds.py ../shared/data/regression/diamonds.csv \
           skpro-core/src/main/resources/skpro/datasets/diamonds_sample.csv
"""
import random
import sys

SEED, SIZE = 20261127, 2000

with open(sys.argv[1], encoding="utf-8", newline="") as f:
    lines = f.read().split("\n")
header, rows = lines[0], [r for r in lines[1:] if r]
keep = sorted(random.Random(SEED).sample(range(len(rows)), SIZE))
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    f.write(header + "\n")
    for i in keep:
        f.write(rows[i] + "\n")
