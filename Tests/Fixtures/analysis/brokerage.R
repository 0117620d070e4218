# Gould–Fernandez brokerage reference values, computed with R's sna package.
# Called by generate.py: Rscript --vanilla brokerage.R DIR NAME...
# For each NAME it reads DIR/NAME.adj (n lines of n space-separated 0/1 values: the directed
# adjacency matrix, row = tail, column = head, zero diagonal) and DIR/NAME.groups (one group label
# per line, in node order), runs sna::brokerage(matrix, cl = groups) and writes DIR/NAME.out:
# one line per node with the six columns of $raw.nli (w_I w_O b_IO b_OI b_O t).
suppressPackageStartupMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
for (name in args[-1]) {
  adj <- as.matrix(read.table(file.path(dir, paste0(name, ".adj")), header = FALSE))
  dimnames(adj) <- NULL
  groups <- readLines(file.path(dir, paste0(name, ".groups")))
  stopifnot(nrow(adj) == ncol(adj), nrow(adj) == length(groups), all(diag(adj) == 0))
  b <- brokerage(adj, groups)
  raw <- b$raw.nli
  stopifnot(identical(colnames(raw), c("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")))
  write.table(raw, file.path(dir, paste0(name, ".out")), row.names = FALSE, col.names = TRUE,
              quote = FALSE)
}
