# Re-run from the repository root: /usr/bin/python3 tests/stats/reference/tests_reference.py
# (Debian 12: apt-get install python3-scipy python3-statsmodels; reads the Telco CSV in
# tests/data/telco, or the path given as the first argument). Rewrites the
# proportions/welch/poisson/nps/summary CSV files in tests/stats/data/ that
# tst_hypothesistests compares against. Numbers are written with %.17g; NA = undefined.
#
# References (SciPy 1.10, statsmodels 0.13.5):
#   proportions  statsmodels.stats.proportion.proportion_confint(method="wilson"),
#                confint_proportions_2indep(method="newcomb", compare="diff"),
#                proportions_ztest (pooled variance, two-sided)
#   welch        scipy.stats.ttest_ind(equal_var=False) and ttest_ind_from_stats,
#                statsmodels CompareMeans.tconfint_diff(usevar="unequal")
#   poisson      statsmodels.stats.rates.test_poisson_2indep(method="wald") for z and p
#                (Gu et al. 2008 W1A: Wald test of the rate difference with separate
#                variances, the test dual to the Wald difference interval); rate ratio and its
#                Wald interval on the log scale from a statsmodels Poisson GLM with
#                log(exposure) offset (exp of the group coefficient and of its conf_int);
#                statsmodels 0.13.5 has no interval for the rate difference, so that one is
#                the Wald formula d +- z * sqrt(y1/E1^2 + y2/E2^2) written out here.
#                Zero events in a group: 0.5 is added to both counts for the ratio only.
#   nps          the multinomial variance written out, cross-checked against numpy's variance
#                of the individual scores (+1 promoter, 0 passive, -1 detractor).
#   summary      numpy mean and var(ddof=1).
import csv
import math
import os
import sys
import warnings

import numpy as np
import scipy
import scipy.stats as st
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.proportion import (confint_proportions_2indep, proportion_confint,
                                          proportions_ztest)
from statsmodels.stats.rates import test_poisson_2indep
from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "data"))
TELCO = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(
    os.path.join(HERE, "..", "..", "data", "telco", "WA_Fn-UseC_-Telco-Customer-Churn.csv"))


def fmt(value):
    if value is None:
        return "NA"
    if isinstance(value, str):
        return value
    value = float(value)
    if not math.isfinite(value):
        return "NA"
    return "%.17g" % value


def write(name, header, rows):
    with open(os.path.join(DATA, name), "w", newline="") as out:
        out.write(",".join(header) + "\n")
        for row in rows:
            out.write(",".join(fmt(v) for v in row) + "\n")


def read_telco():
    """TechSupport "Yes" = group 1, "No" = group 2; "No internet service" rows are left out."""
    groups = {"Yes": [], "No": []}
    with open(TELCO, newline="") as f:
        for row in csv.DictReader(f):
            if row["TechSupport"] in groups:
                groups[row["TechSupport"]].append(row)
    return groups["Yes"], groups["No"]


telco1, telco2 = read_telco()

# --- two proportions: (case, level, x1, n1, x2, n2)
proportion_cases = [
    ("telco_churn", 0.95, sum(r["Churn"] == "Yes" for r in telco1), len(telco1),
     sum(r["Churn"] == "Yes" for r in telco2), len(telco2)),
    ("moderate", 0.95, 45, 120, 30, 115),
    ("moderate_level90", 0.90, 45, 120, 30, 115),
    ("small_n", 0.95, 7, 20, 3, 18),
    ("zero_in_one", 0.95, 0, 25, 6, 30),
    ("all_in_one", 0.95, 40, 40, 35, 50),
    ("identical", 0.95, 10, 50, 10, 50),
    ("tiny_p", 0.95, 300, 1000, 150, 1000),
    ("both_zero", 0.95, 0, 30, 0, 40),
]
rows = []
for case, level, x1, n1, x2, n2 in proportion_cases:
    alpha = 1 - level
    w1 = proportion_confint(x1, n1, alpha=alpha, method="wilson")
    w2 = proportion_confint(x2, n2, alpha=alpha, method="wilson")
    low, high = confint_proportions_2indep(x1, n1, x2, n2, method="newcomb", compare="diff",
                                           alpha=alpha)
    with np.errstate(all="ignore"):
        z, p = proportions_ztest([x1, x2], [n1, n2])
    rows.append([case, level, x1, n1, x2, n2, x1 / n1, x2 / n2, x1 / n1 - x2 / n2, w1[0], w1[1],
                 w2[0], w2[1], low, high, z, p])
write("proportions_reference.csv",
      ["case", "level", "x1", "n1", "x2", "n2", "p1", "p2", "difference", "wilson1_low",
       "wilson1_high", "wilson2_low", "wilson2_high", "ci_low", "ci_high", "z", "p"], rows)

# --- Welch: raw vectors in welch_inputs.csv (the Telco case is read from tests/data/telco)
welch_inputs = {
    "basic": ([12.1, 14.3, 9.8, 11.0, 13.7, 15.2, 10.4, 12.9, 11.8, 14.0],
              [9.5, 10.2, 8.7, 11.9, 9.1, 10.8, 7.9, 10.0, 9.6, 8.8, 10.4, 9.9]),
    "unequal_spread": ([101.0, 99.5, 100.2, 100.8, 99.9],
                       [80.0, 130.0, 95.0, 120.0, 60.0, 145.0, 110.0, 70.0]),
    "two_each": ([1.0, 2.0], [2.5, 4.0]),
    "zero_variance_one": ([5.0, 5.0, 5.0, 5.0, 5.0, 5.0], [4.1, 5.3, 3.9, 4.8, 4.4, 5.0, 4.6]),
    "identical_samples": ([3.0, 4.0, 5.0, 6.0], [3.0, 4.0, 5.0, 6.0]),
    "large_effect": ([50.0 + 0.1 * k for k in range(40)], [40.0 + 0.12 * k for k in range(45)]),
}
with open(os.path.join(DATA, "welch_inputs.csv"), "w", newline="") as out:
    out.write("case,group,value\n")
    for case, (a, b) in welch_inputs.items():
        for group, values in ((1, a), (2, b)):
            for v in values:
                out.write("%s,%d,%s\n" % (case, group, fmt(v)))

welch_cases = [("telco_monthly_charges", 0.95,
                [float(r["MonthlyCharges"]) for r in telco1],
                [float(r["MonthlyCharges"]) for r in telco2])]
welch_cases += [(case, 0.95, a, b) for case, (a, b) in welch_inputs.items()]
welch_cases.append(("basic_level99", 0.99) + welch_inputs["basic"])
rows = []
for case, level, a, b in welch_cases:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    m1, m2, v1, v2 = a.mean(), b.mean(), a.var(ddof=1), b.var(ddof=1)
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # SciPy's note on constant samples
        t, p = st.ttest_ind(a, b, equal_var=False)
        t2, p2 = st.ttest_ind_from_stats(m1, math.sqrt(v1), len(a), m2, math.sqrt(v2), len(b),
                                         equal_var=False)
        cm = CompareMeans(DescrStatsW(a), DescrStatsW(b))
        low, high = cm.tconfint_diff(alpha=1 - level, usevar="unequal")
        s1, s2 = v1 / len(a), v2 / len(b)
        df = (s1 + s2) ** 2 / (s1 ** 2 / (len(a) - 1) + s2 ** 2 / (len(b) - 1))
    assert (math.isnan(t) and math.isnan(t2)) or abs(t - t2) <= 1e-9 * abs(t)
    rows.append([case, level, len(a), m1, v1, len(b), m2, v2, m1 - m2, t, df, p, low, high])
write("welch_reference.csv",
      ["case", "level", "n1", "mean1", "variance1", "n2", "mean2", "variance2", "difference",
       "t", "df", "p", "ci_low", "ci_high"], rows)

# --- Poisson rates: (case, level, events1, exposure1, events2, exposure2)
poisson_cases = [
    ("telco_churn_per_customer_month", 0.95, sum(r["Churn"] == "Yes" for r in telco1),
     float(sum(int(r["tenure"]) for r in telco1)), sum(r["Churn"] == "Yes" for r in telco2),
     float(sum(int(r["tenure"]) for r in telco2))),
    ("contacts", 0.95, 140, 1000.5, 98, 1020.25),
    ("contacts_level90", 0.90, 140, 1000.5, 98, 1020.25),
    ("small", 0.95, 3, 50.0, 9, 45.0),
    ("zero_in_one", 0.95, 0, 120.0, 7, 110.0),
    ("equal_rates", 0.95, 20, 100.0, 40, 200.0),
    ("tiny_p", 0.95, 5000, 10000.0, 4000, 10000.0),
]
rows = []
for case, level, y1, e1, y2, e2 in poisson_cases:
    z_crit = st.norm.ppf(1 - (1 - level) / 2)
    res = test_poisson_2indep(y1, e1, y2, e2, method="wald")
    r1, r2 = y1 / e1, y2 / e2
    se_diff = math.sqrt(y1 / e1 ** 2 + y2 / e2 ** 2)
    corrected = 0.5 if (y1 == 0 or y2 == 0) else 0.0
    # Each group enters as two rows (counts split 1:3, exposures 1:2) so that the GLM is not
    # saturated (statsmodels stops a perfect fit); the estimate and its Wald interval depend
    # only on each group's total count and exposure.
    c1, c2 = y1 + corrected, y2 + corrected
    endog = np.array([c1 / 4, 3 * c1 / 4, c2 / 4, 3 * c2 / 4], dtype=float)
    exposure = np.array([e1 / 3, 2 * e1 / 3, e2 / 3, 2 * e2 / 3])
    exog = np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 0.0], [1.0, 0.0]])
    glm = sm.GLM(endog, exog, family=sm.families.Poisson(), offset=np.log(exposure)).fit(
        tol=1e-14)
    log_ratio = math.log((c1 / e1) / (c2 / e2))
    assert abs(glm.params[1] - log_ratio) <= 1e-9 * max(abs(log_ratio), 1.0)
    ci = np.exp(glm.conf_int(alpha=1 - level)[1])
    rows.append([case, level, y1, e1, y2, e2, r1, r2, math.exp(glm.params[1]), ci[0], ci[1],
                 r1 - r2, r1 - r2 - z_crit * se_diff, r1 - r2 + z_crit * se_diff,
                 res.statistic, res.pvalue])
write("poisson_reference.csv",
      ["case", "level", "events1", "exposure1", "events2", "exposure2", "rate1", "rate2", "ratio",
       "ratio_ci_low", "ratio_ci_high", "difference", "ci_low", "ci_high", "z", "p"], rows)

# --- NPS: (case, level, promoters1, passives1, detractors1, promoters2, passives2, detractors2)
nps_cases = [
    ("typical", 0.95, 420, 300, 280, 300, 400, 300),
    ("typical_level90", 0.90, 420, 300, 280, 300, 400, 300),
    ("small", 0.95, 5, 3, 2, 2, 4, 4),
    ("all_promoters_one", 0.95, 50, 0, 0, 30, 10, 10),
    ("tiny_p", 0.95, 600, 200, 200, 300, 300, 400),
]


def nps_of(prom, pas, det):
    n = prom + pas + det
    scores = np.concatenate([np.ones(prom), np.zeros(pas), -np.ones(det)])
    pp, pd = prom / n, det / n
    var = 100.0 ** 2 * (pp + pd - (pp - pd) ** 2) / n
    assert abs(var - 100.0 ** 2 * scores.var() / n) <= 1e-9 * max(var, 1e-300)
    return 100.0 * (pp - pd), var


rows = []
for case, level, a1, b1, c1, a2, b2, c2 in nps_cases:
    z_crit = st.norm.ppf(1 - (1 - level) / 2)
    nps1, var1 = nps_of(a1, b1, c1)
    nps2, var2 = nps_of(a2, b2, c2)
    se = math.sqrt(var1 + var2)
    d = nps1 - nps2
    z = d / se
    rows.append([case, level, a1, b1, c1, a2, b2, c2, nps1, var1, nps1 - z_crit * math.sqrt(var1),
                 nps1 + z_crit * math.sqrt(var1), nps2, var2, d, d - z_crit * se, d + z_crit * se,
                 z, 2 * st.norm.sf(abs(z))])
write("nps_reference.csv",
      ["case", "level", "promoters1", "passives1", "detractors1", "promoters2", "passives2",
       "detractors2", "nps1", "variance1", "nps1_ci_low", "nps1_ci_high", "nps2", "variance2",
       "difference", "ci_low", "ci_high", "z", "p"], rows)

# --- summary accumulator: every Welch input group and the Telco MonthlyCharges
rows = []
for case, level, a, b in welch_cases:
    for group, values in ((1, a), (2, b)):
        values = np.asarray(values, dtype=float)
        rows.append([case, group, len(values), values.mean(), values.var(ddof=1)])
write("summary_reference.csv", ["case", "group", "count", "mean", "variance"], rows)

print("wrote reference files to %s (scipy %s, statsmodels %s)"
      % (DATA, scipy.__version__, statsmodels.__version__))
