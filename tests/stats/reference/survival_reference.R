# Re-run from the repository root: Rscript tests/stats/reference/survival_reference.R
# (Debian 12: apt-get install r-cran-survival; reads the Telco CSV in tests/data/telco,
# or the path given as the first argument). Rewrites the survival_*.csv and lung.csv files
# in tests/stats/data/ that tst_kaplanmeier and tst_survivalcomparison compare against.
#
# Reference: R package survival (survfit conf.type="log-log", summary(fit, times=, rmean=),
# survdiff rho=0). Numbers are written with %.17g; NA where R gives NA/Inf.
suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
script_dir <- dirname(normalizePath(sub("^--file=", "",
    grep("^--file=", commandArgs(FALSE), value = TRUE))))
data_dir <- normalizePath(file.path(script_dir, "..", "data"))
telco_csv <- if (length(args) >= 1) args[1] else
    normalizePath(file.path(script_dir, "..", "..", "data", "telco",
                            "WA_Fn-UseC_-Telco-Customer-Churn.csv"))

fmt <- function(x) ifelse(is.na(x) | !is.finite(x), "NA", sprintf("%.17g", x))
write_rows <- function(df, file) {
    out <- as.data.frame(lapply(df, function(col) if (is.numeric(col)) fmt(col) else col),
                         stringsAsFactors = FALSE)
    write.table(out, file.path(data_dir, file), sep = ",", quote = FALSE, row.names = FALSE)
}

# Inputs: every case is two groups (1 = passed first to the C++ code, 2 = second).
# The lung rows (status 2 = death) and the hand-made cases are written to survival_inputs.csv;
# the Telco case is read by both sides from the CSV in tests/data/telco (tenure months, Churn == "Yes";
# TechSupport "Yes" = group 1, "No" = group 2, "No internet service" rows left out).
hand <- rbind(
    # ties of events and censorings at the same time, unsorted, censoring at 0
    data.frame(case = "ties", group = 1,
               time = c(5, 3, 3, 3, 8, 8, 0, 12, 5, 9, 15, 15),
               event = c(1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0)),
    data.frame(case = "ties", group = 2,
               time = c(2, 4, 4, 6, 6, 6, 10, 11, 13, 14, 14),
               event = c(0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0)),
    # group 2 has no events at all; group 1 ends with every remaining subject dying (S = 0)
    data.frame(case = "zero_events_group", group = 1,
               time = c(1, 2, 2, 4, 7, 7), event = c(1, 1, 0, 1, 1, 1)),
    data.frame(case = "zero_events_group", group = 2,
               time = c(3, 5, 6, 8, 9), event = c(0, 0, 0, 0, 0)),
    # fractional times (days from datetimes) and a single subject in group 2
    data.frame(case = "fractional_single", group = 1,
               time = c(0.5, 1.25, 1.25, 2.75, 3.5, 4.0, 6.125),
               event = c(1, 0, 1, 1, 0, 1, 0)),
    data.frame(case = "fractional_single", group = 2, time = c(2.0), event = c(1))
)
lung_rows <- data.frame(case = "lung", group = lung$sex, time = lung$time,
                        event = as.integer(lung$status == 2))
write_rows(data.frame(time = lung$time, status = lung$status, sex = lung$sex), "lung.csv")
write_rows(hand, "survival_inputs.csv")

telco <- read.csv(telco_csv, stringsAsFactors = FALSE, strip.white = TRUE)
telco <- telco[telco$TechSupport %in% c("Yes", "No"), ]
telco_rows <- data.frame(case = "telco", group = ifelse(telco$TechSupport == "Yes", 1, 2),
                         time = telco$tenure, event = as.integer(telco$Churn == "Yes"))

cases <- list(
    lung = list(rows = lung_rows, times = c(0, 180, 365, 730, 1022), taus = c(365, 730, 1022)),
    telco = list(rows = telco_rows, times = c(3, 6, 12, 24, 72), taus = c(12, 24, 72)),
    ties = list(rows = hand[hand$case == "ties", ], times = c(1, 3, 5, 9, 12.5),
                taus = c(2, 8, 12, 14)),
    zero_events_group = list(rows = hand[hand$case == "zero_events_group", ], times = c(0.5, 4, 7, 9),
                             taus = c(3, 5, 7, 9)),
    fractional_single = list(rows = hand[hand$case == "fractional_single", ],
                             times = c(1.25, 2, 4), taus = c(2, 3, 6.125))
)

steps <- NULL; at_times <- NULL; rmeans <- NULL; diffs <- NULL; rdiffs <- NULL; logrank <- NULL
z <- qnorm(0.975)
for (name in names(cases)) {
    rows <- cases[[name]]$rows
    fits <- list()
    for (g in 1:2) {
        d <- rows[rows$group == g, ]
        fit <- survfit(Surv(time, event) ~ 1, data = d, conf.type = "log-log", conf.int = 0.95)
        fits[[g]] <- fit
        # Greenwood variance of S(t): R's std.err is the se of the cumulative hazard.
        steps <- rbind(steps, data.frame(case = name, group = g, time = fit$time,
            n_risk = fit$n.risk, n_event = fit$n.event, n_censor = fit$n.censor,
            surv = fit$surv, var_greenwood = (fit$surv * fit$std.err)^2,
            lower = fit$lower, upper = fit$upper))
        s <- summary(fit, times = cases[[name]]$times, extend = TRUE)
        at_times <- rbind(at_times, data.frame(case = name, group = g, t = s$time,
                                               surv = s$surv, std_err = s$std.err))
        for (tau in cases[[name]]$taus) {
            tab <- summary(fit, rmean = tau)$table
            rmeans <- rbind(rmeans, data.frame(case = name, group = g, tau = tau,
                rmean = tab[["rmean"]], se_rmean = tab[["se(rmean)"]]))
        }
    }
    # Difference of S(t) (group 1 - group 2) with a normal interval from the Greenwood variances.
    for (t in cases[[name]]$times) {
        s1 <- summary(fits[[1]], times = t, extend = TRUE)
        s2 <- summary(fits[[2]], times = t, extend = TRUE)
        se <- sqrt(s1$std.err^2 + s2$std.err^2)
        d <- s1$surv - s2$surv
        diffs <- rbind(diffs, data.frame(case = name, t = t, surv1 = s1$surv, surv2 = s2$surv,
            difference = d, se = se, ci_low = d - z * se, ci_high = d + z * se,
            z = d / se, p = 2 * pnorm(-abs(d / se))))
    }
    for (tau in cases[[name]]$taus) {
        t1 <- summary(fits[[1]], rmean = tau)$table
        t2 <- summary(fits[[2]], rmean = tau)$table
        se <- sqrt(t1[["se(rmean)"]]^2 + t2[["se(rmean)"]]^2)
        d <- t1[["rmean"]] - t2[["rmean"]]
        rdiffs <- rbind(rdiffs, data.frame(case = name, tau = tau, rmean1 = t1[["rmean"]],
            rmean2 = t2[["rmean"]], difference = d, se = se, ci_low = d - z * se,
            ci_high = d + z * se, z = d / se, p = 2 * pnorm(-abs(d / se))))
    }
    sd <- survdiff(Surv(time, event) ~ group, data = rows, rho = 0)
    logrank <- rbind(logrank, data.frame(case = name, observed1 = sd$obs[1],
        observed2 = sd$obs[2], expected1 = sd$exp[1], expected2 = sd$exp[2],
        variance = sd$var[1, 1], chisq = sd$chisq,
        p = pchisq(sd$chisq, df = 1, lower.tail = FALSE)))
}
# A non-default confidence level for the log-log band.
level90 <- NULL
for (g in 1:2) {
    d <- hand[hand$case == "ties" & hand$group == g, ]
    fit <- survfit(Surv(time, event) ~ 1, data = d, conf.type = "log-log", conf.int = 0.90)
    level90 <- rbind(level90, data.frame(case = "ties", group = g, time = fit$time,
                                         surv = fit$surv, lower = fit$lower, upper = fit$upper))
}
write_rows(level90, "survival_steps_level90.csv")
write_rows(steps, "survival_steps.csv")
write_rows(at_times, "survival_at_times.csv")
write_rows(rmeans, "survival_rmst.csv")
write_rows(diffs, "survival_differences.csv")
write_rows(rdiffs, "survival_rmst_differences.csv")
write_rows(logrank, "survival_logrank.csv")
# Distribution functions behind every p-value and interval (checked in tst_distributions).
dist <- rbind(
    data.frame(func = "normal_critical", a = c(0.95, 0.90, 0.99, 0.999999), b = 0,
               value = qnorm(1 - (1 - c(0.95, 0.90, 0.99, 0.999999)) / 2)),
    data.frame(func = "student_critical", a = c(0.95, 0.95, 0.99, 0.95), b = c(1, 4.5, 10, 4155.8),
               value = qt(1 - (1 - c(0.95, 0.95, 0.99, 0.95)) / 2, c(1, 4.5, 10, 4155.8))),
    data.frame(func = "normal_two_sided", a = c(0, 1.959963984540054, -3.2, 12, 30), b = 0,
               value = 2 * pnorm(-abs(c(0, 1.959963984540054, -3.2, 12, 30)))),
    data.frame(func = "student_two_sided", a = c(0, 2.1, -4.3, 9.96, 30), b = c(3, 14.03, 7.5, 4155.8, 80.5),
               value = 2 * pt(-abs(c(0, 2.1, -4.3, 9.96, 30)), c(3, 14.03, 7.5, 4155.8, 80.5))),
    data.frame(func = "chi_squared_upper", a = c(0.5, 3.841458820694124, 10.3, 639.35), b = 1,
               value = pchisq(c(0.5, 3.841458820694124, 10.3, 639.35), 1, lower.tail = FALSE)),
    data.frame(func = "chi_squared_upper", a = c(2.5, 30), b = c(3, 7.5),
               value = pchisq(c(2.5, 30), c(3, 7.5), lower.tail = FALSE))
)
write_rows(dist, "distributions_reference.csv")
cat("wrote reference files to", data_dir, "\n")
