#!/usr/bin/env python3
"""Independent reference values for the statistical gates (io.omegalock.gate).

Standard library only, written from the textbook definitions and deliberately unlike the Java
code: rank correlations from explicit pair counts and Pearson-of-ranks in exact fractions,
permutation p-values by listing every ordering with itertools, CSCV by listing every split with
itertools.combinations in exact fractions, PSR/DSR with statistics.NormalDist. The Java tests
quote the numbers this prints.

    python3 tools/gate_reference.py
"""
import itertools
import math
from fractions import Fraction
from statistics import NormalDist, mean, stdev

PHI = NormalDist()
EULER_GAMMA = 0.5772156649015329


def avg_ranks(v):
    out = []
    for a in v:
        less = sum(1 for b in v if b < a)
        equal = sum(1 for b in v if b == a)
        out.append(Fraction(2 * less + equal + 1, 2))
    return out


def spearman(x, y):
    rx, ry = avg_ranks(x), avg_ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    return float(sxy) / math.sqrt(float(sxx * syy))


def kendall_tau_b(x, y):
    c = d = tx = ty = 0
    for i, j in itertools.combinations(range(len(x)), 2):
        dx, dy = x[i] - x[j], y[i] - y[j]
        if dx == 0 and dy == 0:
            continue
        if dx == 0:
            tx += 1
        elif dy == 0:
            ty += 1
        elif (dx > 0) == (dy > 0):
            c += 1
        else:
            d += 1
    return (c - d) / math.sqrt((c + d + tx) * (c + d + ty))


def perm_p(stat, x, y):
    obs = stat(x, y)
    hits = total = 0
    for p in itertools.permutations(y):
        total += 1
        if stat(x, list(p)) >= obs - 1e-12:
            hits += 1
    return hits, total


CASES = {
    "hand_no_ties": ([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]),
    "hand_ties": ([1, 2, 2, 3], [1, 2, 3, 3]),
    "ties7": ([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0], [2.0, 7.0, 1.0, 8.0, 2.0, 8.0, 1.0]),
    "ties8": ([1, 1, 2, 2, 3, 3, 4, 4], [1, 2, 1, 3, 2, 4, 3, 4]),
    "neg6": ([6, 5, 4, 3, 2, 1], [1, 3, 2, 5, 4, 6]),
}

print("# rank correlations and exact one-sided permutation p-values (hits / n!)")
for name, (x, y) in CASES.items():
    rho, tau = spearman(x, y), kendall_tau_b(x, y)
    hs, ts = perm_p(spearman, x, y)
    hk, tk = perm_p(kendall_tau_b, x, y)
    print(f"{name}: spearman={rho!r} kendall_tau_b={tau!r} p_spearman={hs}/{ts} p_kendall={hk}/{tk}")

print("# one-sided 5% critical values of Spearman's rho from full enumeration, n = 5..9")
for n in range(5, 10):
    counts = {}
    for p in itertools.permutations(range(1, n + 1)):
        d2 = sum((i + 1 - v) ** 2 for i, v in enumerate(p))
        counts[d2] = counts.get(d2, 0) + 1
    total = math.factorial(n)
    tail = 0
    crit = None
    for d2 in sorted(counts):
        if (tail + counts[d2]) / total > 0.05:
            break
        tail += counts[d2]
        crit = (d2, 1 - 6 * d2 / (n * (n * n - 1)), tail)
    print(f"n={n}: smallest rho with P(rho >= r) <= 0.05: r={crit[1]!r} (sum d^2={crit[0]}, {crit[2]}/{total})")


def lcg_matrix(n, t, seed):
    """Integer scores in [-50, 49] from a 64-bit LCG (Knuth MMIX constants), candidate-major."""
    s = seed
    m = []
    for _ in range(n):
        row = []
        for _ in range(t):
            s = (6364136223846793005 * s + 1442695040888963407) % (1 << 64)
            row.append((s >> 33) % 100 - 50)
        m.append(row)
    return m


def cscv(m):
    n, t = len(m), len(m[0])
    s = min(16, t)
    s -= s % 2
    blocks = [list(range(b * t // s, (b + 1) * t // s)) for b in range(s)]
    lam_le0 = 0
    xs, ys = [], []
    loss = 0
    combos = list(itertools.combinations(range(s), s // 2))
    for j in combos:
        is_rows = [r for b in j for r in blocks[b]]
        oos_rows = [r for b in range(s) if b not in j for r in blocks[b]]
        is_perf = [Fraction(sum(row[r] for r in is_rows), len(is_rows)) for row in m]
        oos_perf = [Fraction(sum(row[r] for r in oos_rows), len(oos_rows)) for row in m]
        best = max(is_perf)
        w = is_perf.index(best)
        rank = Fraction(2 * sum(1 for v in oos_perf if v < oos_perf[w]) + sum(1 for v in oos_perf if v == oos_perf[w]) + 1, 2)
        omega = rank / (n + 1)
        if math.log(omega / (1 - omega)) <= 0:
            lam_le0 += 1
        xs.append(is_perf[w])
        ys.append(oos_perf[w])
        if oos_perf[w] < 0:
            loss += 1
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((a - mx) * (b - my) for a, b in zip(xs, ys)) / sum((a - mx) ** 2 for a in xs)
    return s, len(combos), Fraction(lam_le0, len(combos)), float(slope), float(my - slope * mx), Fraction(loss, len(combos))


print("# CSCV on LCG integer matrices (seed, N candidates, T slices)")
for seed, n, t in [(1, 10, 8), (2, 12, 9), (3, 10, 20)]:
    s, c, pbo, slope, icpt, loss = cscv(lcg_matrix(n, t, seed))
    print(f"seed={seed} N={n} T={t}: S={s} combinations={c} pbo={pbo} ({float(pbo)!r}) slope={slope!r} "
          f"intercept={icpt!r} prob_loss={loss} ({float(loss)!r})")


def moments(r):
    n = len(r)
    mu = mean(r)
    m2 = sum((v - mu) ** 2 for v in r) / n
    m3 = sum((v - mu) ** 3 for v in r) / n
    m4 = sum((v - mu) ** 4 for v in r) / n
    return mu / stdev(r), m3 / m2 ** 1.5, m4 / m2 ** 2


def psr(sr, bench, t, g3, g4):
    return PHI.cdf((sr - bench) * math.sqrt(t - 1) / math.sqrt(1 - g3 * sr + (g4 - 1) / 4 * sr * sr))


def sr0(var, n):
    if n == 1:
        return 0.0
    return math.sqrt(var) * ((1 - EULER_GAMMA) * PHI.inv_cdf(1 - 1 / n) + EULER_GAMMA * PHI.inv_cdf(1 - 1 / (n * math.e)))


print("# Deflated Sharpe Ratio, numeric example of Bailey and Lopez de Prado (2014)")
sr_daily = 2.5 / math.sqrt(250)
z0 = sr0(0.5 / 250, 100)
print(f"SR={sr_daily!r} SR0={z0!r} DSR={psr(sr_daily, z0, 1250, -3, 10)!r}")


def returns(seed, t, drift):
    """Deterministic skewed returns: drift + LCG noise, with a rare large loss."""
    out = []
    for v in lcg_matrix(1, t, seed)[0]:
        x = drift + v / 1000.0
        if v < -45:
            x -= 0.05
        out.append(x)
    return out


print("# PSR / DSR on LCG returns (seed, T, drift)")
series = [returns(10 + k, 250, 0.002 * k) for k in range(5)]
srs = []
for k, r in enumerate(series):
    sr, g3, g4 = moments(r)
    srs.append(sr)
    print(f"candidate {k}: SR={sr!r} skew={g3!r} kurt={g4!r} PSR(0)={psr(sr, 0.0, len(r), g3, g4)!r}")
v = sum((s - mean(srs)) ** 2 for s in srs) / (len(srs) - 1)
z0 = sr0(v, len(srs))
sr, g3, g4 = moments(series[4])
print(f"V[SR]={v!r} SR0={z0!r} DSR(candidate 4)={psr(sr, z0, 250, g3, g4)!r}")
