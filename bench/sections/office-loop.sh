# The way back (issue 13): `belajar office pack --all` for 1,000 devices with 3 reviews each
# (one package per device, no course), and `belajar receive` of one package carrying 3 reviews
# and the sample course, on a fresh copy of a device (the copy alone is the reference case).
# Runs: BENCH_RUNS (default 9). Release build unless BELAJAR names a binary.
set -euo pipefail
belajar="${BELAJAR:-$(scripts/build belajar)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
device_id="$(python3 bench/office-loop.py "$belajar" "$work" "${BENCH_DEVICES:-1000}" 3)"
"$belajar" office pack --out "$work" --device "$device_id" --publish courses/pengembangan-kualitas-asn \
    --store "$work/office/progress.sqlite" >/dev/null
package="$(ls "$work"/*.package)"
echo "1000 devices x 3 reviews; one package: $(wc -c < "$package") bytes"
python3 bench/lib/measure.py --runs "${BENCH_RUNS:-9}" --reference copy \
    "pack-1000=rm -rf $work/out && mkdir $work/out && $belajar office pack --out $work/out --all --store $work/office/progress.sqlite" \
    "copy=rm -rf $work/d && cp -r $work/device $work/d && mkdir $work/d/courses" \
    "receive=rm -rf $work/d && cp -r $work/device $work/d && mkdir $work/d/courses && $belajar receive $package --store $work/d/progress.sqlite --courses $work/d/courses"
