# Sync (bench/sync): 100,000 statements exported to a signed bundle, then pushed to a real Ralph
# LRS beside plain curl posting the same batches (the reference). Batches of 5000 keep Ralph's
# own duplicate scan, which grows with the square of the batch count, to minutes.
set -euo pipefail
bench/sync "${BELAJAR_BENCH_SYNC_COUNT:-100000}" 1 5000
