# The terminal app on a pseudo-terminal at 80x24, with less on the same text as the reference:
# time to the first full frame (bundled courses; 200 generated courses of 20 modules, at a later
# start and at a first start without the library index) and bytes written per line-down and
# page-down in the reader. Goals: 50 ms, 150 ms, page-down <= less.
# Runs: BENCH_RUNS (default 9). Release build.
set -euo pipefail
scripts/setup --test
command -v less >/dev/null || { echo "bench tui: less is needed (apt-get install less)" >&2; exit 1; }
belajar="$(scripts/build belajar)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/tui/generate_library.py library "$work/library" 200 20
python3 bench/tui/generate_library.py long "$work/long" 40
"$belajar" render "$work/long/panjang/01-panjang.md" --width 78 --color always > "$work/long.txt"
"$belajar" learner add 198609262015051001 --name Bench --store "$work/progress.sqlite" >/dev/null
python3 bench/tui/pty_bench.py --belajar "$belajar" --bundled courses --library "$work/library" \
    --long "$work/long" --text "$work/long.txt" --store "$work/progress.sqlite" --home "$work" \
    --runs "${BENCH_RUNS:-9}"
