# The work of Klantspiegel's perception-gap analysis (shared/gaps/analyseFamily, one instrument
# version), written the way an R user would write it: vectorised over respondents, groups, pairs and
# columns, no loop over rows or pairs. `npm run bench` times it against the app and checks that
# every number it writes equals the app's.
#
#   - scoring: off-scale answers missing, reverse items turned round (min + max - x); a dimension
#     score is the mean of its answered items when at least half (rounded up) are answered; the
#     overall index is the mean of the dimension scores when at least half of them exist;
#   - per group (groups in order of first appearance; groups below the anonymity threshold take
#     no part) n, mean and variance of every item, dimension and the overall index (rowsum);
#   - every pair of groups x every column: Welch's t, df, two-sided p and the 95 % CI of the
#     difference (as t.test), Hedges' g with its 95 % CI (the formula of shared/stats/hedges.ts);
#     a figure with fewer answers than the threshold on either side is not computed;
#   - Holm (p.adjust) over all pairs x statements, and separately over all pairs x (dimensions and
#     the overall index), as the app does; notable = large and p(Holm) < 0.05;
#   - Welch's ANOVA (as oneway.test) per dimension and the overall index across the groups, with
#     Hays' omega squared, Holm across those tests; each group's mean with its 95 % CI (t).
#
# Usage: Rscript vectorised.R <responses.csv> <model.csv> <group column> [<results.csv>|-] [runs]
#        [warm-up runs]
#   model.csv: code, dimension, reverse (0/1), min, max, threshold (one row per likert item)
#   Prints "<first run> <median of the measured runs>" in seconds (the computation; reading
#   excluded; the measured runs come after the first and the warm-up runs) and
#   writes every figure to results.csv (table, groupA, groupB, code, field, value).
args <- commandArgs(trailingOnly = TRUE)
data <- read.csv(args[1], check.names = FALSE, stringsAsFactors = FALSE)
model <- read.csv(args[2], stringsAsFactors = FALSE)
group_column <- args[3]
out_file <- if (length(args) >= 4 && args[4] != "-") args[4] else NA
runs <- if (length(args) >= 5) as.integer(args[5]) else 0L
warm_up <- if (length(args) >= 6) as.integer(args[6]) else 0L

analyse <- function(data, model, group_column) {
  lo <- model$min[1]; hi <- model$max[1]; threshold <- model$threshold[1]
  X <- as.matrix(data[, model$code]); storage.mode(X) <- "double"
  X[which(X < lo | X > hi)] <- NA
  reverse <- model$reverse == 1
  X[, reverse] <- lo + hi - X[, reverse]

  # Dimension scores and the overall index: matrix products with the item x dimension membership.
  dims <- unique(model$dimension)
  member <- outer(model$dimension, dims, "==") * 1
  answered <- !is.na(X)
  X0 <- X; X0[!answered] <- 0
  counts <- answered %*% member
  D <- (X0 %*% member) / counts
  required <- pmax(1, ceiling(0.5 * colSums(member) - 1e-9))
  D[counts < rep(required, each = nrow(D))] <- NA
  scored <- rowSums(!is.na(D))
  overall <- rowSums(D, na.rm = TRUE) / scored
  overall[scored < max(1, ceiling(0.5 * length(dims) - 1e-9))] <- NA
  V <- cbind(X, D, overall)
  colnames(V) <- c(model$code, dims, "overall")

  # Groups in order of first appearance; groups below the threshold take no part.
  names_all <- unique(data[[group_column]])
  g_all <- match(data[[group_column]], names_all)
  sizes <- tabulate(g_all, length(names_all))
  shown <- names_all[sizes >= threshold]
  g <- match(data[[group_column]], shown)
  keep <- !is.na(g)
  V <- V[keep, , drop = FALSE]; g <- g[keep]

  # n, mean and variance per group and column in two passes, no loop.
  ok <- !is.na(V)
  V0 <- V; V0[!ok] <- 0
  n <- rowsum(ok * 1, g)
  mean <- rowsum(V0, g) / n
  dev <- V - mean[g, , drop = FALSE]; dev[!ok] <- 0
  variance <- rowsum(dev^2, g) / (n - 1)
  ci_half <- qt(0.975, n - 1) * sqrt(variance / n)

  # Every pair at once: 28 x 67 matrices.
  pairs <- combn(length(shown), 2)
  a <- pairs[1, ]; b <- pairs[2, ]
  nA <- n[a, , drop = FALSE]; nB <- n[b, , drop = FALSE]
  mA <- mean[a, , drop = FALSE]; mB <- mean[b, , drop = FALSE]
  vA <- variance[a, , drop = FALSE]; vB <- variance[b, , drop = FALSE]
  diff <- mA - mB
  eA <- sqrt(vA / nA); eB <- sqrt(vB / nB)
  se <- sqrt(eA^2 + eB^2)
  df <- se^4 / (eA^4 / (nA - 1) + eB^4 / (nB - 1))
  t <- diff / se
  p <- 2 * pt(-abs(t), df)
  q <- qt(0.975, df)
  pooled <- ((nA - 1) * vA + (nB - 1) * vB) / (nA + nB - 2)
  hedges <- (1 - 3 / (4 * (nA + nB) - 9)) * diff / sqrt(pooled)
  g_se <- sqrt((nA + nB) / (nA * nB) + hedges^2 / (2 * (nA + nB)))
  z <- qnorm(0.975)
  p[nA < threshold | nB < threshold] <- NA
  statement <- seq_along(model$code)
  p_holm <- p
  p_holm[, statement] <- p.adjust(p[, statement], method = "holm")
  p_holm[, -statement] <- p.adjust(p[, -statement], method = "holm")
  large <- abs(diff) >= (hi - lo) / 3 - 1e-12 | abs(hedges) >= 0.5 - 1e-12
  notable <- large & !is.na(p_holm) & p_holm < 0.05

  # Welch's ANOVA per dimension and the overall index across the groups, Hays' omega squared.
  k <- length(shown)
  columns <- c(dims, "overall")
  nk <- n[, columns, drop = FALSE]; mk <- mean[, columns, drop = FALSE]
  vk <- variance[, columns, drop = FALSE]
  w <- nk / vk
  W <- colSums(w)
  weighted <- colSums(w * mk) / W
  lambda <- colSums((1 - w / rep(W, each = k))^2 / (nk - 1)) / (k^2 - 1)
  f <- colSums(w * (mk - rep(weighted, each = k))^2) / ((k - 1) * (1 + 2 * (k - 2) * lambda))
  df2 <- 1 / (3 * lambda)
  p_anova <- pf(f, k - 1, df2, lower.tail = FALSE)
  total <- colSums(nk)
  grand <- colSums(nk * mk) / total
  ss_between <- colSums(nk * (mk - rep(grand, each = k))^2)
  ss_within <- colSums((nk - 1) * vk)
  ms_within <- ss_within / (total - k)
  omega <- pmax(0, (ss_between - (k - 1) * ms_within) / (ss_between + ss_within + ms_within))

  list(
    shown = shown, a = a, b = b, n = n, mean = mean, sd = sqrt(variance),
    ci_low = mean - ci_half, ci_high = mean + ci_half,
    diff = diff, ci_diff_low = diff - q * se, ci_diff_high = diff + q * se, t = t, df = df,
    p = p, p_holm = p_holm, g = hedges, g_low = hedges - z * g_se, g_high = hedges + z * g_se,
    notable = notable * 1, statements = length(model$code),
    anova = list(code = columns, f = f, df2 = df2, p = p_anova,
                 p_holm = p.adjust(p_anova, method = "holm"), omega = omega)
  )
}

# The first run (cold), the unmeasured warm-up runs, then the measured warm runs; as the app's bench.
first <- system.time(result <- analyse(data, model, group_column))[["elapsed"]]
for (run in seq_len(warm_up)) analyse(data, model, group_column)
times <- numeric(runs)
for (run in seq_len(runs)) {
  times[run] <- system.time(analyse(data, model, group_column))[["elapsed"]]
}
cat(sprintf("%.6f %.6f\n", first, if (runs > 0) median(times) else first))

# Every figure as a line of text at full precision (%.17g): sprintf and paste over whole vectors
# and one writeLines, base R's quickest way to write them (write.csv of the same rows as a data
# frame took 120 ms against 70 here, for the same bytes). The whole-process pair of the bench
# times this too, as the app's command writes its figures.
if (!is.na(out_file)) {
  quoted <- function(...) paste0('"', paste(..., sep = '","'), '"')
  shown <- result$shown
  pair_a <- shown[result$a]; pair_b <- shown[result$b]
  rows <- function(table, rows_a, rows_b, values, field) {
    quoted(table, rows_a, rows_b, rep(colnames(result$mean), each = length(rows_a)), field,
           sprintf("%.17g", as.vector(values)))
  }
  fields <- list(
    meanA = result$mean[result$a, , drop = FALSE], meanB = result$mean[result$b, , drop = FALSE],
    sdA = result$sd[result$a, , drop = FALSE], sdB = result$sd[result$b, , drop = FALSE],
    diff = result$diff, ciLow = result$ci_diff_low, ciHigh = result$ci_diff_high,
    t = result$t, df = result$df, p = result$p, pHolm = result$p_holm, g = result$g,
    gCiLow = result$g_low, gCiHigh = result$g_high, notable = result$notable
  )
  group_fields <- list(
    n = result$n, mean = result$mean, sd = result$sd,
    ciLow = result$ci_low, ciHigh = result$ci_high
  )
  anova <- result$anova
  anova_fields <- c(f = "f", df2 = "df2", p = "p", p_holm = "pHolm", omega = "omegaSquared")
  writeLines(c(
    quoted("table", "groupA", "groupB", "code", "field", "value"),
    unlist(lapply(names(fields), function(field) {
      rows("gap", pair_a, pair_b, fields[[field]], field)
    })),
    unlist(lapply(names(group_fields), function(field) {
      rows("group", shown, "", group_fields[[field]], field)
    })),
    unlist(lapply(names(anova_fields), function(field) {
      quoted("anova", "", "", anova$code, anova_fields[[field]], sprintf("%.17g", anova[[field]]))
    }))
  ), out_file)
}
