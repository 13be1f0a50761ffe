# The progress store (bench/StoreBench, release build): answers recorded one fsync'd transaction
# each on disk (a sample), then 100,000 answers on tmpfs, one learner getting ~10,000 records;
# then the dashboard queries for that learner against the same queries for a learner with none
# (the reference), medians of 101 runs. Goal: every dashboard query under 20 ms.
set -euo pipefail
store_bench="$(scripts/build store-bench)"
"$store_bench" "${PWD}/.build" /dev/shm
