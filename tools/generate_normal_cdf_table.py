"""Generates the coefficient table of skpro.distributions.internal.NormalCdf.

G(z) = Phi(z) * exp(z^2 / 2) is smooth on [-8, 0]. On each of 64 pieces of width 1/8 it is
fitted by a degree-8 polynomial in s = z - centre, by least squares on 27 Chebyshev nodes in
40-digit arithmetic (mpmath). The script prints the Java array body and the largest relative
error of the double-precision Horner evaluation on a 201-point grid per piece.

Usage: python3 tools/generate_normal_cdf_table.py > table.txt  (needs mpmath)
"""
import mpmath as mp

mp.mp.dps = 40
PIECES, WIDTH, DEGREE = 64, mp.mpf(1) / 8, 8


def g(z):
    z = mp.mpf(z)
    return mp.ncdf(z) * mp.exp(z * z / 2)


rows, worst = [], 0.0
for k in range(PIECES):
    c = -(k + mp.mpf(1) / 2) * WIDTH
    n = DEGREE + 1
    nodes = [c + (WIDTH / 2) * mp.cos(mp.pi * (j + mp.mpf(1) / 2) / (3 * n)) for j in range(3 * n)]
    a = mp.matrix([[(x - c) ** p for p in range(n)] for x in nodes])
    b = mp.matrix([g(x) for x in nodes])
    coef = [float(v) for v in mp.lu_solve(a.T * a, a.T * b)]
    rows.append(coef)
    for j in range(201):
        x = float(c - WIDTH / 2 + WIDTH * j / 200)
        s = x - float(c)
        v = 0.0
        for p in reversed(coef):
            v = v * s + p
        worst = max(worst, abs(v - float(g(x))) / float(g(x)))

for k, coef in enumerate(rows):
    print("        " + ", ".join(repr(v) for v in coef) + ",  // piece %d" % k)
print("// max relative error of G on the grid: %.3e" % worst)
