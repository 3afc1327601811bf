# Re-run from the repository root: Rscript tests/stats/reference/weighted_survival_reference.R
# (Debian 12: apt-get install r-cran-survival). Writes weighted_survival_*.csv and
# balance_reference.csv to tests/stats/data/; tst_weightedkaplanmeier compares against them.
#
# Reference for the adjusted comparison (SPEC section 4a): R's survfit with case weights,
# `id` and robust = TRUE (the clustered infinitesimal jackknife), conf.type = "log-log";
# standardized mean differences with base R; the E-value of VanderWeele & Ding (2017).
suppressPackageStartupMessages(library(survival))

script_dir <- dirname(normalizePath(sub("^--file=", "",
    grep("^--file=", commandArgs(FALSE), value = TRUE))))
data_dir <- normalizePath(file.path(script_dir, "..", "data"))
fmt <- function(x) ifelse(is.na(x) | !is.finite(x), "NA", sprintf("%.17g", x))
write_rows <- function(df, file) {
    out <- as.data.frame(lapply(df, function(col) if (is.numeric(col)) fmt(col) else col),
                         stringsAsFactors = FALSE)
    write.table(out, file.path(data_dir, file), sep = ",", quote = FALSE, row.names = FALSE)
}

# Observations: 60 customers, some seen in several rows (a control in several monthly
# trials), integer days with ties, weights as the trials give them (ratios of counts).
set.seed(20261206)
rows <- do.call(rbind, lapply(1:60, function(id) {
    k <- sample(1:3, 1, prob = c(0.6, 0.25, 0.15))
    data.frame(id = id,
               time = sample(0:40, k, replace = TRUE),
               event = rbinom(k, 1, 0.45),
               weight = sample(c(1, 0.5, 0.25, 2, 1.5, 0.75), k, replace = TRUE))
}))
write_rows(rows, "weighted_survival_inputs.csv")

fit <- survfit(Surv(time, event) ~ 1, data = rows, weights = weight, id = id, robust = TRUE,
               conf.type = "log-log")
# The log-log limits give the robust standard error of log S back:
# log(-log lower) = log(-log S) + z se / log S.
write_rows(data.frame(time = fit$time, n_risk = fit$n.risk, n_event = fit$n.event,
                      n_censor = fit$n.censor, surv = fit$surv, lower = fit$lower,
                      upper = fit$upper), "weighted_survival_steps.csv")
# The restricted mean and its robust standard error: print(fit, rmean =) gives the mean but
# not a clustered se, so the se comes from survfit's own per-id influence on S
# (influence = TRUE), integrated over the step function up to tau.
taus <- c(10, 25, 40)
ij <- survfit(Surv(time, event) ~ 1, data = rows, weights = weight, id = id, robust = TRUE,
              influence = TRUE)
robust_se_rmean <- function(tau) {
    before <- ij$time < tau
    widths <- diff(c(0, ij$time[before], tau))
    influence <- cbind(0, ij$influence.surv[, before, drop = FALSE]) %*% widths
    sqrt(sum(influence^2))
}
write_rows(data.frame(tau = taus,
                      rmean = sapply(taus, function(tau) summary(fit, rmean = tau)$table["rmean"]),
                      se_rmean = sapply(taus, robust_se_rmean)),
           "weighted_survival_rmst.csv")

# Balance: covariates of 25 treated and 40 weighted controls.
treated <- data.frame(side = "treated", tenure = round(rgamma(25, 2, 0.2), 2),
                      revenue = round(rlnorm(25, log(45), 0.4), 2),
                      basic = rbinom(25, 1, 0.6), weight = 1)
controls <- data.frame(side = "control", tenure = round(rgamma(40, 3, 0.15), 2),
                       revenue = round(rlnorm(40, log(50), 0.4), 2),
                       basic = rbinom(40, 1, 0.4),
                       weight = sample(c(0.2, 0.5, 1, 1.5, 3), 40, replace = TRUE))
write_rows(rbind(treated, controls), "balance_inputs.csv")
smd <- function(x) {
    t <- treated[[x]]; c <- controls[[x]]
    spread <- sqrt((var(t) + var(c)) / 2)
    c(before = (mean(t) - mean(c)) / spread,
      after = (mean(t) - weighted.mean(c, controls$weight)) / spread)
}
out <- t(sapply(c("tenure", "revenue", "basic"), smd))
write_rows(data.frame(covariate = rownames(out), smd_before = out[, "before"],
                      smd_after = out[, "after"]), "balance_reference.csv")

# E-values (VanderWeele & Ding 2017): RR + sqrt(RR (RR - 1)), ratios below 1 inverted;
# for an interval, the limit closest to 1 (1 when the interval contains 1).
evalue <- function(rr) { rr <- ifelse(rr < 1, 1 / rr, rr); rr + sqrt(rr * (rr - 1)) }
cases <- data.frame(rr = c(0.7, 1.8, 1, 0.35, 2.5, 0.9),
                    low = c(0.6, 1.2, 0.8, 0.2, 0.9, 0.7),
                    high = c(0.82, 2.7, 1.25, 0.61, 6.9, 1.16))
cases$e_value <- evalue(cases$rr)
cases$e_value_ci <- ifelse(cases$low <= 1 & cases$high >= 1, 1,
                           ifelse(cases$rr > 1, evalue(cases$low), evalue(cases$high)))
write_rows(cases, "evalue_reference.csv")
