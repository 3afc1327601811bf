# Re-run from the repository root: /usr/bin/python3 tests/stats/reference/customer_models_reference.py
# (Debian 12: apt-get install python3-scipy). Reads tests/data/cdnow/cdnowElog.csv and
# rewrites tests/stats/data/customer_models_reference.csv, which tst_stats_customermodels
# compares against. Numbers are written with %.17g.
#
# References (SciPy 1.10): each model's published log-likelihood written out below,
# maximised with scipy.optimize.minimize (Nelder-Mead on the logarithms of the
# parameters, then BFGS from its answer, tolerances far below the tests'); standard
# errors from the inverse of minus the Hessian (central differences in the parameters'
# own scale, steps 1e-4 relative); the Gauss hypergeometric function from
# scipy.special.hyp2f1; log-beta and log-gamma from scipy.special.
#
#   sbg          Fader & Hardie (2007), "How to project customer retention", Journal of
#                Interactive Marketing 21(1): the "high end" and "regular" cohorts of
#                1000 customers, survivors after years 1-7. The paper reports
#                alpha = 0.668, beta = 3.806, LL = -1611.2 (high end) and alpha = 0.704,
#                beta = 1.182 (regular). DERL: Fader & Hardie (2010),
#                "Customer-base valuation in a contractual setting", Marketing Science
#                29(1), equation (5), checked here against the direct sum of the series.
#   bgnbd        Fader, Hardie & Lee (2005), "Counting your customers the easy way",
#                Marketing Science 24(2): r = 0.243, alpha = 4.414, a = 0.793,
#                b = 2.426, LL = -9582.4, on the CDNOW 1/10 sample (2357 customers),
#                calibration period 1997-01-01 to 1997-09-30, in weeks (days / 7); repeat
#                transactions are purchase days after the first.
#   gamma_gamma  Fader, Hardie & Lee (2005b), "RFM and CLV: using iso-value curves",
#                Journal of Marketing Research 42(4), and Fader & Hardie's note "The
#                Gamma-Gamma model of monetary value" (2013): p = 6.25, q = 3.74,
#                gamma = 15.44 on the 946 repeat buyers' mean repeat-transaction value
#                in the calibration period (sales of one day summed into one transaction).
import csv
import datetime
import math
import os
import sys

import numpy as np
import scipy
from scipy import optimize, special

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "data"))
ELOG = os.path.normpath(os.path.join(HERE, "..", "..", "data", "cdnow", "cdnowElog.csv"))

SBG_COHORTS = {
    "sbg_high_end": [869, 743, 653, 593, 551, 517, 491],
    "sbg_regular": [631, 468, 380, 326, 289, 262, 241],
}
CALIBRATION_END = datetime.date(1997, 9, 30)


def fmt(value):
    value = float(value)
    return "%.17g" % value if math.isfinite(value) else "NA"


def maximise(log_likelihood, start):
    def negative(logs):
        value = log_likelihood(np.exp(logs))
        return -value if math.isfinite(value) else 1e300

    first = optimize.minimize(negative, np.log(start), method="Nelder-Mead",
                              options={"xatol": 1e-12, "fatol": 1e-13, "maxiter": 200000,
                                       "maxfev": 200000})
    second = optimize.minimize(negative, first.x, method="BFGS", options={"gtol": 1e-10})
    best = second if second.fun <= first.fun else first
    estimates = np.exp(best.x)
    return estimates, log_likelihood(estimates), standard_errors(log_likelihood, estimates)


def standard_errors(function, at):
    n = len(at)
    steps = 1e-4 * np.abs(at)
    hessian = np.zeros((n, n))

    def value(i, di, j, dj):
        point = np.array(at, dtype=float)
        point[i] += di
        point[j] += dj
        return function(point)

    centre = function(at)
    for i in range(n):
        hi = steps[i]
        hessian[i, i] = (value(i, hi, i, 0) - 2 * centre + value(i, -hi, i, 0)) / hi ** 2
        for j in range(i + 1, n):
            hj = steps[j]
            mixed = (value(i, hi, j, hj) - value(i, hi, j, -hj) - value(i, -hi, j, hj)
                     + value(i, -hi, j, -hj)) / (4 * hi * hj)
            hessian[i, j] = hessian[j, i] = mixed
    return np.sqrt(np.diag(np.linalg.inv(-hessian)))


# ---- sBG ----------------------------------------------------------------------------------

def sbg_log_likelihood(survivors, total=1000):
    alive = [total] + survivors
    lost = [alive[t - 1] - alive[t] for t in range(1, len(alive))]

    def log_likelihood(params):
        a, b = params
        base = special.betaln(a, b)
        value = sum(n * (special.betaln(a + 1, b + t - 1) - base)
                    for t, n in enumerate(lost, start=1))
        return value + alive[-1] * (special.betaln(a, b + len(survivors)) - base)

    return log_likelihood


def sbg_survival(a, b, t):
    return math.exp(special.betaln(a, b + t) - special.betaln(a, b))


def sbg_derl(a, b, n, d):
    return (b + n - 1) / (a + b + n - 1) * special.hyp2f1(1, b + n, a + b + n, 1 / (1 + d))


def sbg_derl_by_sum(a, b, n, d):
    total = 0.0
    for t in range(int(n), int(n) + 3000):
        total += sbg_survival(a, b, t) / sbg_survival(a, b, n - 1) / (1 + d) ** (t - n)
    return total


# ---- CDNOW ------------------------------------------------------------------------------

def cdnow_histories():
    days = {}
    with open(ELOG, newline="") as source:
        for row in csv.DictReader(source):
            date = datetime.datetime.strptime(row["date"], "%Y%m%d").date()
            if date > CALIBRATION_END:
                continue
            customer = days.setdefault(int(row["sampleid"]), {})
            customer[date] = customer.get(date, 0.0) + float(row["sales"])
    histories = []
    for customer_id in sorted(days):
        dates = sorted(days[customer_id])
        first = dates[0]
        x = len(dates) - 1
        t_x = (dates[-1] - first).days / 7.0
        age = (CALIBRATION_END - first).days / 7.0
        repeat_values = [days[customer_id][date] for date in dates[1:]]
        zbar = sum(repeat_values) / x if x > 0 else 0.0
        histories.append((customer_id, x, t_x, age, zbar))
    return histories


def bgnbd_log_likelihood(histories):
    x = np.array([h[1] for h in histories], dtype=float)
    t_x = np.array([h[2] for h in histories])
    age = np.array([h[3] for h in histories])

    def log_likelihood(params):
        r, alpha, a, b = params
        a1 = (special.gammaln(r + x) - special.gammaln(r) + r * math.log(alpha)
              + special.gammaln(a + b) + special.gammaln(b + x) - special.gammaln(b)
              - special.gammaln(a + b + x))
        a3 = -(r + x) * np.log(alpha + age)
        with np.errstate(divide="ignore", invalid="ignore"):
            a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300))
                          - (r + x) * np.log(alpha + t_x), -np.inf)
        return float(np.sum(a1 + np.logaddexp(a3, a4)))

    return log_likelihood


def bgnbd_p_alive(params, x, t_x, age):
    r, alpha, a, b = params
    if x == 0:
        return 1.0
    return 1.0 / (1.0 + a / (b + x - 1) * ((alpha + age) / (alpha + t_x)) ** (r + x))


def bgnbd_conditional(params, x, t_x, age, t):
    r, alpha, a, b = params
    hyp = special.hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + age + t))
    numerator = (a + b + x - 1) / (a - 1) * (1 - ((alpha + age) / (alpha + age + t)) ** (r + x)
                                             * hyp)
    return numerator * bgnbd_p_alive(params, x, t_x, age)


def bgnbd_unconditional(params, t):
    r, alpha, a, b = params
    hyp = special.hyp2f1(r, b, a + b - 1, t / (alpha + t))
    return (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp)


def bgnbd_count_probability(params, t, x):
    # P(X(t) = x), Fader, Hardie & Lee (2005) equation (8), with
    # scipy.special.betaln and gammaln.
    r, alpha, a, b = params
    def nbd(j):
        return math.exp(special.gammaln(r + j) - special.gammaln(r) - special.gammaln(j + 1)
                        + r * math.log(alpha / (alpha + t)) + j * math.log(t / (alpha + t)))
    value = math.exp(special.betaln(a, b + x) - special.betaln(a, b)) * nbd(x)
    if x > 0:
        value += math.exp(special.betaln(a + 1, b + x - 1) - special.betaln(a, b)) * (
            1 - sum(nbd(j) for j in range(x)))
    return value


def gamma_gamma_log_likelihood(buyers):
    x = np.array([b[0] for b in buyers], dtype=float)
    z = np.array([b[1] for b in buyers])

    def log_likelihood(params):
        p, q, gamma = params
        return float(np.sum(special.gammaln(p * x + q) - special.gammaln(p * x)
                            - special.gammaln(q) + q * math.log(gamma) + (p * x - 1) * np.log(z)
                            + p * x * np.log(x) - (p * x + q) * np.log(gamma + x * z)))

    return log_likelihood


def main():
    rows = []

    def add(case, quantity, value):
        rows.append((case, quantity, fmt(value)))

    for case, survivors in SBG_COHORTS.items():
        log_likelihood = sbg_log_likelihood(survivors)
        (a, b), ll, se = maximise(log_likelihood, [1.0, 1.0])
        add(case, "alpha", a)
        add(case, "beta", b)
        add(case, "alpha_se", se[0])
        add(case, "beta_se", se[1])
        add(case, "log_likelihood", ll)
        add(case, "expected_lifetime", (a + b - 1) / (a - 1) if a > 1 else float("nan"))
        for t in (8, 12):
            add(case, "survival_%d" % t, sbg_survival(a, b, t))
        for n in (1, 5):
            derl = sbg_derl(a, b, n, 0.1)
            check = sbg_derl_by_sum(a, b, n, 0.1)
            assert abs(derl - check) < 1e-9 * derl, (derl, check)
            add(case, "derl_n%d_d0.1" % n, derl)

    histories = cdnow_histories()
    assert len(histories) == 2357
    ll_bgnbd = bgnbd_log_likelihood(histories)
    params, ll, se = maximise(ll_bgnbd, [1.0, 1.0, 1.0, 1.0])
    for name, value, error in zip(("r", "alpha", "a", "b"), params, se):
        add("bgnbd_cdnow", name, value)
        add("bgnbd_cdnow", name + "_se", error)
    add("bgnbd_cdnow", "log_likelihood", ll)
    for t in (39, 78):
        add("bgnbd_cdnow", "expected_transactions_%d" % t, bgnbd_unconditional(params, t))
    # A few customers' P(alive) and expected transactions in the next 39 weeks.
    for customer_id, x, t_x, age, _ in histories:
        if customer_id in (1, 2, 3, 18, 1516):
            case = "bgnbd_cdnow_customer_%d" % customer_id
            add(case, "frequency", x)
            add(case, "recency", t_x)
            add(case, "age", age)
            add(case, "p_alive", bgnbd_p_alive(params, x, t_x, age))
            add(case, "expected_transactions_39", bgnbd_conditional(params, x, t_x, age, 39))

    # The histogram of repeat transactions in the calibration period (FHL 2005,
    # figure 2): the customers with 0, 1, ..., 6 and 7 or more, actual and expected
    # (the sum over customers of P(X(T) = x) at their own T).
    for x in range(8):
        actual = sum(1 for h in histories if (h[1] == x if x < 7 else h[1] >= 7))
        if x < 7:
            expected = sum(bgnbd_count_probability(params, h[3], x) for h in histories)
        else:
            expected = sum(1 - sum(bgnbd_count_probability(params, h[3], j) for j in range(7))
                           for h in histories)
        add("bgnbd_cdnow", "histogram_actual_%d" % x, actual)
        add("bgnbd_cdnow", "histogram_expected_%d" % x, expected)
    # P(X(t) = x) at the published parameters, t = 39 and 78 weeks.
    published = (0.243, 4.414, 0.793, 2.426)
    for t in (39, 78):
        for x in range(8):
            add("bgnbd_published", "p_count_%d_t%d" % (x, t),
                bgnbd_count_probability(published, t, x))

    buyers = [(x, zbar) for _, x, _, _, zbar in histories if x > 0]
    assert len(buyers) == 946
    ll_gg = gamma_gamma_log_likelihood(buyers)
    (p, q, gamma), ll, se = maximise(ll_gg, [1.0, 2.0, float(np.mean([b[1] for b in buyers]))])
    add("gamma_gamma_cdnow", "p", p)
    add("gamma_gamma_cdnow", "q", q)
    add("gamma_gamma_cdnow", "gamma", gamma)
    add("gamma_gamma_cdnow", "p_se", se[0])
    add("gamma_gamma_cdnow", "q_se", se[1])
    add("gamma_gamma_cdnow", "gamma_se", se[2])
    add("gamma_gamma_cdnow", "log_likelihood", ll)
    add("gamma_gamma_cdnow", "correlation", np.corrcoef([b[0] for b in buyers],
                                                        [b[1] for b in buyers])[0, 1])
    for x, zbar in ((1, 30.0), (4, 50.0)):
        add("gamma_gamma_cdnow", "expected_value_x%d_z%g" % (x, zbar),
            (gamma + x * zbar) * p / (p * x + q - 1))

    with open(os.path.join(DATA, "customer_models_reference.csv"), "w", newline="") as out:
        out.write("case,quantity,value\n")
        for row in rows:
            out.write(",".join(row) + "\n")
    print("scipy", scipy.__version__, "rows", len(rows))


if __name__ == "__main__":
    sys.exit(main())
