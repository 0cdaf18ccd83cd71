#!/usr/bin/env python3
"""Reference values for Accord's statistics (docs/statistics.md), computed with numpy/scipy.

Run from this folder:  python3 make_fixtures.py  > reference.json
The Swift tests (StatisticsReferenceTests) compare every number to 1e-9.

p values:
- scipy.stats.permutation_test(..., permutation_type='independent', alternative='two-sided',
  n_resamples=np.inf) enumerates every relabelling and returns min(1, 2*min(P(T <= t), P(T >= t)))
  (scipy's `two_sided` doubles the smaller one-sided p and clips to [0, 1]): exactly the spec's
  definition. The script checks that against a direct enumeration of the spec's formula on S,
  the sum of `to`, for every small case. scipy needs two answers a side; with one, the spec's
  formula is enumerated directly.
- For larger exact cases (C(N, n) too many to enumerate, N <= 60) the spec's p is computed exactly
  with Python integers: the number of subsets of the pooled answers of each sum, counted value
  by value with math.comb; cross-checked against scipy on every small case.
- Above 60 answers: the spec's normal approximation, written out here with scipy.stats.norm.

Issue 13 ("which differences are real"):
- Welch intervals: scipy `ttest_ind(to, from, equal_var=False).confidence_interval(0.95)`.
- q-values: statsmodels `multipletests(p, method="fdr_bh")[1]`.
- change since the previous round: numpy, Welch SEs, Delta +- 1.959964 SE.
- Cronbach's alpha: pingouin `cronbach_alpha(df, nan_policy="listwise")` on reverse-flipped items.
- driver strength: scipy `pearsonr(x, y)` and `.confidence_interval(0.95)` on the pairwise pairs of
  (submission's dimension score, outcome answer).
"""
import itertools
import json
import math
import sys
from fractions import Fraction

import numpy as np
from scipy import stats

import pandas as pd
import pingouin
from statsmodels.stats.multitest import multipletests


def nullable(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else x


def within(name, answers, points=None):
    a = np.array(answers, dtype=float)
    n = len(a)
    sd = float(np.std(a, ddof=1)) if n >= 2 else None
    rwg = None
    if points is not None and n >= 2:
        rwg = 1 - np.var(a, ddof=1) / ((points ** 2 - 1) / 12)
        rwg = float(min(1.0, max(0.0, rwg)))
    return {
        "name": name, "answers": answers, "points": points, "n": n,
        "mean": float(np.mean(a)), "median": float(np.median(a)), "sd": sd, "rwg": rwg,
        "adm": float(np.mean(np.abs(a - np.mean(a)))),
    }


def cliffs_delta(x, y):
    """(#(y > x) - #(y < x)) / (n1 n2), straight from the definition."""
    greater = sum(1 for xi in x for yi in y if yi > xi)
    less = sum(1 for xi in x for yi in y if yi < xi)
    return (greater - less) / (len(x) * len(y))


def spec_p_enumerated(x, y):
    pooled = list(x) + list(y)
    s = sum(y)
    le = ge = total = 0
    for idx in itertools.combinations(range(len(pooled)), len(y)):
        t = sum(pooled[i] for i in idx)
        total += 1
        le += t <= s
        ge += t >= s
    return min(1.0, 2 * min(Fraction(le, total), Fraction(ge, total)))


def spec_p_counted(x, y):
    """Exact p with integers: ways[k][sum] over the distinct pooled values."""
    pooled = sorted(list(x) + list(y))
    k_to = len(y)
    ways = {(0, 0): 1}
    for value, group in itertools.groupby(pooled):
        c = len(list(group))
        nxt = {}
        for (k, s), w in ways.items():
            for t in range(0, min(c, k_to - k) + 1):
                key = (k + t, s + t * value)
                nxt[key] = nxt.get(key, 0) + w * math.comb(c, t)
        ways = nxt
    s_obs = sum(y)
    final = {s: w for (k, s), w in ways.items() if k == k_to}
    total = sum(final.values())
    assert total == math.comb(len(pooled), k_to)
    le = sum(w for s, w in final.items() if s <= s_obs)
    ge = sum(w for s, w in final.items() if s >= s_obs)
    return float(min(Fraction(1), 2 * min(Fraction(le, total), Fraction(ge, total))))


def scipy_p(x, y):
    def statistic(a, b, axis):
        return np.mean(b, axis=axis) - np.mean(a, axis=axis)
    res = stats.permutation_test((np.array(x, float), np.array(y, float)), statistic,
                                 permutation_type="independent", alternative="two-sided",
                                 n_resamples=np.inf, vectorized=True)
    return float(res.pvalue)


def normal_p(x, y):
    pooled = np.array(list(x) + list(y), dtype=float)
    n1, n2, big_n = len(x), len(y), len(x) + len(y)
    sigma2 = np.var(pooled)  # population variance (ddof=0)
    es = n2 * pooled.mean()
    var_s = n1 * n2 * sigma2 / (big_n - 1)
    if var_s == 0:
        return 1.0
    z = abs(sum(y) - es) / math.sqrt(var_s)
    return float(2 * (1 - stats.norm.cdf(z)))


def p_value(x, y):
    if len(x) + len(y) > 60:
        return normal_p(x, y), "normal"
    counted = spec_p_counted(x, y)
    if min(len(x), len(y)) < 2:  # scipy needs two answers a side: enumerate the spec's formula
        return float(spec_p_enumerated(x, y)), "enumerated"
    if math.comb(len(x) + len(y), len(y)) <= 200_000:
        sp = scipy_p(x, y)
        assert abs(sp - counted) < 1e-12, (x, y, sp, counted)
        assert abs(float(spec_p_enumerated(x, y)) - counted) < 1e-15
        return sp, "scipy"
    return counted, "exact-integers"


def scale_counts(answers, lo, points):
    return [sum(1 for a in answers if a == lo + i) for i in range(points)]


def gap(name, x, y, lo=1, points=5, scale=True):
    entry = {"name": name, "from": x, "to": y, "scaleMin": lo if scale else None,
             "points": points if scale else None,
             "meanDifference": float(np.mean(y) - np.mean(x)), "cliffsDelta": cliffs_delta(x, y)}
    if scale:
        entry["emd"] = float(stats.wasserstein_distance(x, y) / (points - 1))
        p, q = scale_counts(x, lo, points), scale_counts(y, lo, points)
        entry["tvd"] = 0.5 * sum(abs(b / len(y) - a / len(x)) for a, b in zip(p, q))
        entry["pValue"], entry["pMethod"] = p_value(x, y)
    entry["ciLow"], entry["ciHigh"] = welch_interval(x, y)
    return entry


def welch_interval(x, y):
    """The 95 % Welch interval of mean(y) - mean(x); None when either n < 2 or both variances are 0."""
    if len(x) < 2 or len(y) < 2 or (np.var(x) == 0 and np.var(y) == 0):
        return None, None
    ci = stats.ttest_ind(y, x, equal_var=False).confidence_interval(0.95)
    return nullable(ci.low), nullable(ci.high)


def fdr_case(name, p):
    return {"name": name, "p": p, "q": multipletests(p, method="fdr_bh")[1].tolist()}


def welch_se(x, y):
    return math.sqrt(np.var(x, ddof=1) / len(x) + np.var(y, ddof=1) / len(y))


def change_case(name, now, before):
    """now, before: (from, to) answer lists of the same comparison in two rounds."""
    d_now = float(np.mean(now[1]) - np.mean(now[0]))
    d_before = float(np.mean(before[1]) - np.mean(before[0]))
    delta = d_now - d_before
    se = math.sqrt(welch_se(*now) ** 2 + welch_se(*before) ** 2)
    low, high = delta - 1.959964 * se, delta + 1.959964 * se
    return {"name": name, "nowFrom": now[0], "nowTo": now[1], "beforeFrom": before[0], "beforeTo": before[1],
            "change": delta, "standardError": se, "ciLow": low, "ciHigh": high, "withinNoise": bool(low <= 0 <= high)}


def dimension_case(name, rows, reverse, outcome_type, min_group_size, lo=1, hi=5):
    """rows: [item answers (None = missing)..., outcome (None = missing)] per submission."""
    flipped = [[None if v is None else (lo + hi - v if r else v) for v, r in zip(row[:-1], reverse)] for row in rows]
    items = pd.DataFrame(flipped, dtype=float)
    complete = items.dropna()
    alpha = None
    if len(complete) >= min_group_size and np.var(complete.sum(axis=1)) > 0:
        alpha = nullable(pingouin.cronbach_alpha(items, nan_policy="listwise")[0])
    xs, ys = [], []
    for values, row in zip(flipped, rows):
        answered = [100 * (v - lo) / (hi - lo) for v in values if v is not None]
        if answered and row[-1] is not None:
            xs.append(sum(answered) / len(answered))
            ys.append(float(row[-1]))
    r = low = high = None
    if len(xs) >= max(min_group_size, 10) and np.var(xs) > 0 and np.var(ys) > 0:
        result = stats.pearsonr(xs, ys)
        ci = result.confidence_interval(0.95)
        r, low, high = float(result.statistic), float(ci.low), float(ci.high)
    return {"name": name, "rows": rows, "reverse": reverse, "outcomeType": outcome_type,
            "minGroupSize": min_group_size, "complete": len(complete), "pairs": len(xs),
            "alpha": alpha, "r": r, "rLow": low, "rHigh": high}


def issue13_cases():
    """Cases of issue 13, drawn from their own generator so the older cases stay as they were."""
    rng = np.random.default_rng(20261130)

    def row(k, latent, noise=1.0, missing=0.0, outcome="scale", reverse=()):
        values = [int(np.clip(round(3 + latent + rng.normal(0, noise)), 1, 5)) for _ in range(k)]
        # A reverse-worded item is answered the other way round: its flip agrees with the rest.
        values = [6 - v if i in reverse else v for i, v in enumerate(values)]
        values = [None if rng.random() < missing else v for v in values]
        if outcome == "yesno":
            y = int(latent + rng.normal(0, 1) > 0)
        else:
            y = int(np.clip(round(5 + 2 * latent + rng.normal(0, 2)), 0, 10))
        if rng.random() < missing:
            y = None
        return values + [y]

    def rows(n, k, **kw):
        return [row(k, rng.normal(0, 1), **kw) for _ in range(n)]


    fdr = [
        fdr_case("ascending", [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216]),
        fdr_case("unsorted with ties", [0.04, 0.01, 0.04, 0.5, 1.0, 0.01, 0.2, 0.04]),
        fdr_case("one test", [0.03]),
        fdr_case("all ones", [1.0, 1.0, 1.0]),
        fdr_case("many small", [float(v) for v in rng.uniform(0, 0.1, 40)]),
    ]
    changes = [
        change_case("moved", ([1, 2, 2, 3, 3], [4, 4, 5, 5, 3]), ([2, 3, 3, 4], [2, 3, 4, 4, 3])),
        change_case("within noise", ([2, 3, 4, 3, 2, 4], [3, 4, 3, 5, 2]), ([2, 3, 4, 4, 3], [3, 3, 4, 4, 4, 2])),
        change_case("zero variance before", ([1, 2, 3], [3, 4, 5]), ([3, 3, 3], [4, 4, 4])),
    ]
    dimensions = [
        dimension_case("ties and a reverse-worded item", rows(14, 3, reverse=(1,)), [False, True, False], "scale", 5),
        dimension_case("missing answers: listwise alpha, pairwise drivers", rows(30, 4, missing=0.15, outcome="yesno", reverse=(2,)),
                       [False, False, True, False], "yesno", 5),
        dimension_case("zero variance", [[3, 3, 3, 7]] * 12, [False, False, False], "scale", 5),
        dimension_case("n at the threshold", rows(10, 2), [False, False], "scale", 10),
        dimension_case("one below the threshold", rows(9, 2), [False, False], "scale", 9),
        dimension_case("a larger group", rows(80, 4, reverse=(1,)), [False, True, False, False], "scale", 5),
    ]
    # Make "n at the threshold" really at it: flipping a reverse item also checks the sign.
    dimensions[4]["rows"][0][0] = None
    dimensions[4] = dimension_case("one below the threshold", dimensions[4]["rows"], [False, False], "scale", 9)
    return fdr, changes, dimensions


def mean_ranks(answers, options):
    """answers: lists of option indices, most important first -> mean position (1-based)."""
    pos = np.array([[a.index(o) + 1 for o in range(options)] for a in answers], dtype=float)
    return pos.mean(axis=0)


def rank_case(name, options, x, y):
    mx, my = mean_ranks(x, options), mean_ranks(y, options)
    tau = stats.kendalltau(mx, my).statistic  # variant='b' is the default
    return {"name": name, "options": options, "from": x, "to": y,
            "fromMeanRanks": mx.tolist(), "toMeanRanks": my.tolist(), "kendallTau": nullable(tau)}


def understanding(name, kind, guesses, answers, options=None):
    """A partner's guesses beside the other partner's real answers (statistics.md,
    "Understanding gap"): medians on a number; on a choice or yes/no, the TVD between the two
    distributions and each side's most frequent answer (the first of equals in option order)."""
    case = {"name": name, "kind": kind, "options": options, "guesses": guesses, "answers": answers}
    if kind == "number":
        g, a = np.array(guesses, dtype=float), np.array(answers, dtype=float)
        case.update(predictedMean=float(np.mean(g)), actualMean=float(np.mean(a)),
                    predictedMedian=float(np.median(g)), actualMedian=float(np.median(a)),
                    gap=float(np.median(g) - np.median(a)))
        return case
    gc = np.array([guesses.count(o) for o in options], dtype=float)
    ac = np.array([answers.count(o) for o in options], dtype=float)
    p, q = gc / gc.sum(), ac / ac.sum()
    tvd = float(0.5 * np.abs(p - q).sum())
    gt, at = int(np.argmax(gc)), int(np.argmax(ac))
    case.update(tvd=tvd, gap=tvd, predictedTop=options[gt], predictedTopShare=float(p[gt]),
                actualTop=options[at], actualTopShare=float(q[at]), actualShareOfPredictedTop=float(q[gt]))
    return case


def main():
    rng = np.random.default_rng(20261123)

    def draw(n, p, lo=1):
        return [int(v) + lo for v in rng.choice(len(p), size=n, p=p)]

    within_cases = [
        within("n = 1", [3], 5),
        within("n = 2", [2, 5], 5),
        within("all equal", [4, 4, 4, 4], 5),
        within("ties, odd count", [1, 2, 2, 3, 5, 5, 5], 5),
        within("even count", [1, 1, 2, 2, 3, 3, 4, 4], 5),
        within("maximal disagreement (rwg clipped to 0)", [1, 1, 1, 5, 5, 5], 5),
        within("seven points", [1, 4, 4, 5, 6, 7, 7, 7, 2], 7),
        within("0..10 scale", draw(41, [0.05] * 4 + [0.2] + [0.1] * 6, lo=0), 11),
        within("number answers", [0.5, 12, 12, 36, 7.25], None),
        within("large group", draw(500, [0.1, 0.15, 0.3, 0.3, 0.15]), 5),
    ]
    gap_cases = [
        gap("3 against 3, separated", [1, 2, 3], [4, 5, 5]),
        gap("3 against 3, distinct, minimum p", [1, 2, 3], [4, 5, 6], lo=1, points=6),
        gap("1 against 1", [2], [4]),
        gap("2 against 2", [2, 3], [3, 5]),
        gap("all answers equal", [3, 3, 3], [3, 3, 3, 3]),
        gap("5 against 8, ties", [1, 2, 2, 3, 5], [2, 3, 3, 4, 4, 4, 5, 5]),
        gap("10 against 10", draw(10, [0.2] * 5), draw(10, [0.05, 0.1, 0.2, 0.35, 0.3])),
        gap("7 against 12", draw(7, [0.3, 0.3, 0.2, 0.1, 0.1]), draw(12, [0.1, 0.2, 0.3, 0.2, 0.2])),
        gap("25 against 30", draw(25, [0.2] * 5), draw(30, [0.1, 0.1, 0.2, 0.3, 0.3])),
        gap("30 against 30 (largest exact)", draw(30, [0.25, 0.25, 0.2, 0.2, 0.1]),
            draw(30, [0.1, 0.2, 0.2, 0.25, 0.25])),
        gap("40 against 20 seven points", draw(40, [1 / 7] * 7), draw(20, [0.05, 0.05, 0.1, 0.2, 0.2, 0.2, 0.2]),
            points=7),
        gap("31 against 30 (smallest approximate)", draw(31, [0.25, 0.25, 0.2, 0.2, 0.1]),
            draw(30, [0.1, 0.2, 0.2, 0.25, 0.25])),
        gap("120 against 80", draw(120, [0.2] * 5), draw(80, [0.1, 0.15, 0.25, 0.25, 0.25])),
        gap("200 against 200 all equal", [4] * 200, [4] * 200),
        gap("number answers", [0.5, 12, 12, 36], [3, 12, 18, 18, 24.5], scale=False),
    ]
    rank_cases = [
        rank_case("same order", 4, [[0, 1, 2, 3], [0, 2, 1, 3]], [[0, 1, 2, 3]]),
        rank_case("reversed", 3, [[0, 1, 2]], [[2, 1, 0]]),
        rank_case("ties in mean rank", 4, [[0, 1, 2, 3], [1, 0, 3, 2]], [[0, 1, 2, 3], [0, 2, 1, 3], [3, 2, 1, 0]]),
        rank_case("ties on both sides", 5, [[0, 1, 2, 3, 4], [1, 0, 2, 4, 3]],
                  [[4, 3, 2, 1, 0], [3, 4, 2, 0, 1], [2, 0, 1, 3, 4]]),
        rank_case("one side constant", 2, [[0, 1], [1, 0]], [[0, 1]]),
    ]
    yn = ["yes", "no"]
    three = ["markets", "cost", "speed"]
    understanding_cases = [
        understanding("yes/no, the issue's example", "yesno", ["yes"] * 7 + ["no"] * 3, ["yes"] * 4 + ["no"] * 6, yn),
        understanding("yes/no, right", "yesno", ["yes", "no", "yes"], ["no", "yes", "yes"], yn),
        understanding("choice, different tops", "choice", ["markets"] * 5 + ["cost"], ["cost"] * 4 + ["speed"] * 3, three),
        understanding("choice, ties go to the first option", "choice", ["cost", "speed", "cost", "speed"],
                      ["speed", "markets", "speed", "markets", "cost"], three),
        understanding("choice, random", "choice", [three[i] for i in rng.choice(3, 17, p=[0.5, 0.3, 0.2])],
                      [three[i] for i in rng.choice(3, 23, p=[0.2, 0.3, 0.5])], three),
        understanding("number, even counts", "number", [6, 12, 12, 24], [12, 18, 30, 36, 36, 48]),
        understanding("number, fractions", "number", [0.5, 2.25, 7, 7, 100], [3.5, 1e-3, 12]),
    ]
    min_p_cases = []
    for n1, n2 in [(3, 3), (2, 2), (4, 5), (1, 5), (2, 8)]:
        x, y = list(range(1, n1 + 1)), list(range(n1 + 1, n1 + n2 + 1))
        min_p_cases.append({"fromN": n1, "toN": n2, "minimumPValue": p_value(x, y)[0]})
    fdr_cases, change_cases, dimension_cases = issue13_cases()
    json.dump({"within": within_cases, "gaps": gap_cases, "ranks": rank_cases, "minimumP": min_p_cases,
               "fdr": fdr_cases, "changes": change_cases, "dimensions": dimension_cases,
               "understanding": understanding_cases},
              sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
