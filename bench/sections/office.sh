# The central office (issue 15): N statements from N/1000 devices of 10 learners each, made by
# bench/office/generate.py through the real store and `belajar export` (one store standing in
# for every device; the script says why that is faithful), then
#   report --bundles       (one statement at a time; bundles of 1000 statements)
#   import                 into a small fast xAPI endpoint of our own (bench/office/fast_lrs.py)
#                          and, up to BELAJAR_BENCH_OFFICE_RALPH (default 10000), into Ralph
#   report --lrs           from each of them
# with time and peak RSS (bench/lib/measure.py, median of RUNS). Ralph's file backend rescans its
# whole file at every request, so against Ralph the time is mostly Ralph's; the fast endpoint's
# own cost is small and flat, so what remains there is belajar's. Then the import batch size
# against both (BELAJAR_BENCH_OFFICE_BATCHES).
#
#   BELAJAR_BENCH_OFFICE_SIZES="10000 100000 1000000" bench/run office     the full run (1M: long)
set -euo pipefail
sizes="${BELAJAR_BENCH_OFFICE_SIZES:-10000 100000}"
ralph_max="${BELAJAR_BENCH_OFFICE_RALPH:-10000}"
runs="${BELAJAR_BENCH_OFFICE_RUNS:-3}"
batches="${BELAJAR_BENCH_OFFICE_BATCHES-100 1000 5000}"
belajar="$(scripts/build belajar)"
work="$(mktemp -d /tmp/belajar-bench-office.XXXXXX)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    scripts/ralph stop "$work/ralph" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
export LANG=C

fast_lrs() {  # prints the URL of a fresh fast endpoint
    mkdir -p "$1"
    python3 bench/office/fast_lrs.py "$1" >"$1/port" 2>"$1/log" &
    pids+=($!)
    until [[ -s "$1/port" ]]; do sleep 0.1; done
    echo "http://127.0.0.1:$(cat "$1/port")/xAPI/"
}

for count in $sizes; do
    devices=$(( count / 1000 > 10 ? count / 1000 : 10 ))
    case="$work/$count"
    mkdir -p "$case/home" "$case/bundles"
    BELAJAR_HOME="$case/home" "$belajar" learner add 198609262015052001 --name "Ani Lestari" >/dev/null
    start=$(date +%s)
    python3 bench/office/generate.py "$belajar" "$case/home" docs/statements.md "$count" "$devices" 10 "$case/bundles"
    echo "office: $count statements, $devices bundles generated in $(( $(date +%s) - start )) s" \
         "($(du -sm "$case/bundles" | cut -f1) MB)" >&2
    trusted=(--trusted-keys "$case/trusted-keys")
    fast="$(fast_lrs "$case/fast")"
    lrs=(--user kantor --password rahasia)
    import_fast="rm -f $case/ledger-fast; $belajar import $case/bundles/*.bundle ${trusted[*]} --ledger $case/ledger-fast --lrs $fast ${lrs[*]}"
    # Once before measuring, so the reports below read a full LRS.
    bash -c "$import_fast" >/dev/null
    cases=("bundles=$belajar report --bundles $case/bundles ${trusted[*]} --year 2026 --format csv"
           "import-fast=$import_fast"
           "report-fast=$belajar report --lrs $fast ${lrs[*]} --year 2026 --format csv")
    if (( count <= ralph_max )); then
        read -r port user password < <(scripts/ralph start "$work/ralph")
        ralph="http://127.0.0.1:$port/xAPI/"
        import_ralph="rm -f $case/ledger-ralph; $belajar import $case/bundles/*.bundle ${trusted[*]} --ledger $case/ledger-ralph --lrs $ralph --user $user --password $password"
        bash -c "$import_ralph" >/dev/null
        cases+=("import-ralph=$import_ralph"
                "report-ralph=$belajar report --lrs $ralph --user $user --password $password --year 2026 --format csv")
    fi
    echo "-- $count statements ($devices devices, $(( devices * 10 )) learners)"
    python3 bench/lib/measure.py --runs "$runs" --reference bundles "${cases[@]}"
    if [[ "$count" == "${sizes%% *}" && -n "$batches" ]]; then
        echo "-- import batch size, $count statements"
        batch_cases=()
        for size in $batches; do
            batch_cases+=("fast-$size=rm -f $case/ledger-b; $belajar import $case/bundles/*.bundle ${trusted[*]} --ledger $case/ledger-b --batch-size $size --lrs $fast ${lrs[*]}")
            if (( count <= ralph_max )); then
                batch_cases+=("ralph-$size=rm -f $case/ledger-b; $belajar import $case/bundles/*.bundle ${trusted[*]} --ledger $case/ledger-b --batch-size $size --lrs $ralph --user $user --password $password")
            fi
        done
        python3 bench/lib/measure.py --runs "$runs" "${batch_cases[@]}"
    fi
    if (( count <= ralph_max )); then scripts/ralph stop "$work/ralph" >/dev/null; fi
    rm -rf "$case/bundles" "$case/home"
done
