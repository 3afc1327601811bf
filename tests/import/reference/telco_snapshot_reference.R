# Re-run from the repository root:
#   Rscript tests/import/reference/telco_snapshot_reference.R
# The retention of IBM's Telco customers as the snapshot import must give it:
# the Kaplan-Meier estimate of survival(tenure, Churn == "Yes") in months, at
# 12, 24 and 60 months (R survival). The import sets signup = 2024-01-31 minus
# tenure whole calendar months and churn = 2024-01-31 for churners; the test
# reads the product's curve at the days between those dates, which keep the
# months' order, so each month's step is the same step in days.
library(survival)
telco <- read.csv("tests/data/telco/WA_Fn-UseC_-Telco-Customer-Churn.csv",
                  stringsAsFactors = FALSE, strip.white = TRUE)
fit <- survfit(Surv(tenure, Churn == "Yes") ~ 1, data = telco)
months <- c(12, 24, 60)
s <- summary(fit, times = months)
out <- data.frame(months = months, survival = sprintf("%.12f", s$surv),
                  at_risk = s$n.risk)
write.csv(out, "tests/import/data/telco_snapshot_km.csv", row.names = FALSE, quote = FALSE)
cat(sprintf("customers %d, churned %d\n", nrow(telco), sum(telco$Churn == "Yes")))
print(out)
