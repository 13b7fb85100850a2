# The same work as Klantspiegel's compareAllPairs, in R, for `npm run bench`'s ratio:
# every pair of groups × every item: Welch t-test, Hedges' g with its CI, Holm within each pair.
# Usage: Rscript pairwise.R <matrix.csv>   (columns: group, item1, item2, …; NA = missing)
# Prints the elapsed seconds of the computation (reading the file excluded).
args <- commandArgs(trailingOnly = TRUE)
data <- read.csv(args[1])
groups <- sort(unique(data$group))
items <- setdiff(names(data), "group")
hedges <- function(a, b) {
  na <- length(a); nb <- length(b)
  sp <- sqrt(((na - 1) * var(a) + (nb - 1) * var(b)) / (na + nb - 2))
  g <- (1 - 3 / (4 * (na + nb) - 9)) * (mean(a) - mean(b)) / sp
  se <- sqrt((na + nb) / (na * nb) + g^2 / (2 * (na + nb)))
  c(g, g - qnorm(0.975) * se, g + qnorm(0.975) * se)
}
elapsed <- system.time({
  for (i in seq_along(groups)) for (j in seq_along(groups)) if (i < j) {
    p <- numeric(length(items))
    for (k in seq_along(items)) {
      a <- data[data$group == groups[i], items[k]]; a <- a[!is.na(a)]
      b <- data[data$group == groups[j], items[k]]; b <- b[!is.na(b)]
      test <- t.test(a, b, var.equal = FALSE)
      p[k] <- test$p.value
      invisible(hedges(a, b))
    }
    invisible(p.adjust(p, method = "holm"))
  }
})[["elapsed"]]
cat(sprintf("%.6f\n", elapsed))
