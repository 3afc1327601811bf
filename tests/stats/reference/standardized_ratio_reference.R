# Re-run from the repository root: Rscript tests/stats/reference/standardized_ratio_reference.R
# (Debian 12: apt-get install r-cran-survey). Writes standardized_ratio_inputs.csv and
# standardized_ratio_reference.csv to tests/stats/data/; tst_standardizedratio compares
# Stats::StandardizedRatio against them.
#
# Reference for the rates from the index date (SPEC section 4a): the treated's ratio of sums,
# the controls' ratio standardized to the treated's denominators over groups, and their
# difference, with the variance clustered on the customer: survey's with-replacement
# cluster design on each customer's totals, and svycontrast's delta method for the
# nonlinear functions of the totals. survey scales the variance by n / (n - 1) (n clusters);
# the test divides it out.
suppressPackageStartupMessages(library(survey))

script_dir <- dirname(normalizePath(sub("^--file=", "",
    grep("^--file=", commandArgs(FALSE), value = TRUE))))
data_dir <- normalizePath(file.path(script_dir, "..", "data"))
fmt <- function(x) ifelse(is.na(x) | !is.finite(x), "NA", sprintf("%.17g", x))
write_rows <- function(df, file) {
    out <- as.data.frame(lapply(df, function(col) if (is.numeric(col)) fmt(col) else col),
                         stringsAsFactors = FALSE)
    write.table(out, file.path(data_dir, file), sep = ",", quote = FALSE, row.names = FALSE)
}

# 120 customers in four groups. A customer has up to four control rows (a control in
# several monthly trials, with the trials' weights) and may be treated later (one row,
# weight 1). Group 3 has treated customers only: it has no control ratio and is left out.
set.seed(20261207)
rows <- do.call(rbind, lapply(1:120, function(id) {
    group <- sample(0:3, 1, prob = c(0.45, 0.3, 0.2, 0.05))
    k <- if (group == 3) 0 else sample(0:4, 1)
    controls <- if (k > 0) data.frame(id = id, group = group, treated = 0,
        weight = sample(c(0.25, 0.5, 1, 1.5, 2), k, replace = TRUE),
        numerator = rpois(k, 2 + group), denominator = round(runif(k, 0.5, 12), 3)) else NULL
    treated <- if (group == 3 || runif(1) < 0.4) data.frame(id = id, group = group,
        treated = 1, weight = 1, numerator = rpois(1, 3 + 2 * group),
        denominator = round(runif(1, 0.5, 12), 3)) else NULL
    rbind(controls, treated)
}))
write_rows(rows, "standardized_ratio_inputs.csv")

# Each customer's weighted totals per group and side.
ids <- sort(unique(rows$id))
totals <- data.frame(id = ids)
used <- 0:2
for (g in 0:3) for (side in c(1, 0)) {
    tag <- paste0(if (side == 1) "t" else "c", g)
    pick <- rows$group == g & rows$treated == side
    totals[[paste0("n", tag)]] <- sapply(ids, function(i)
        sum((rows$weight * rows$numerator)[pick & rows$id == i]))
    totals[[paste0("d", tag)]] <- sapply(ids, function(i)
        sum((rows$weight * rows$denominator)[pick & rows$id == i]))
}
design <- svydesign(ids = ~id, weights = ~1, data = totals)
names <- unlist(lapply(0:3, function(g) paste0(c("nt", "dt", "nc", "dc"), g)))
sums <- svytotal(as.formula(paste("~", paste(names, collapse = "+"))), design)

treated <- parse(text = paste0("(", paste0("nt", used, collapse = "+"), ")/(",
                               paste0("dt", used, collapse = "+"), ")"))[[1]]
control <- parse(text = paste0("(", paste0("dt", used, "*nc", used, "/dc", used,
                                           collapse = "+"), ")/(",
                               paste0("dt", used, collapse = "+"), ")"))[[1]]
difference <- substitute(a - b, list(a = treated, b = control))
estimates <- svycontrast(sums, list(treated = treated, control = control,
                                    difference = difference))
n <- length(ids)
write_rows(data.frame(quantity = c("treated", "control", "difference"),
                      estimate = as.numeric(coef(estimates)),
                      se_survey = as.numeric(SE(estimates)),
                      clusters = n),
           "standardized_ratio_reference.csv")
