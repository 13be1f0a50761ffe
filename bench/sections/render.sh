# `belajar render` on a generated 1 MB module at width 80, against cmark-gfm's own plain-text
# renderer (the reference: goal at most 2x its median) with lowdown and pandoc beside them.
# Goal for peak RSS: under 40 MB. Runs: BENCH_RUNS (default 9). Release build.
set -euo pipefail
scripts/setup --test
for tool in lowdown pandoc; do
    command -v "$tool" >/dev/null || {
        echo "bench render: installing $tool" >&2
        sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
        $sudo apt-get install -y -qq "$tool" >/dev/null 2>&1 \
            || { $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq "$tool" >/dev/null; }
    }
done
belajar="$(scripts/build belajar)"
module="$(mktemp --suffix=.md)"
trap 'rm -f "$module"' EXIT
python3 bench/render/generate.py $((1 << 20)) > "$module"
echo "module: $(wc -c < "$module") bytes, $(wc -l < "$module") lines, width 80"
python3 bench/lib/measure.py --runs "${BENCH_RUNS:-9}" --reference cmark-gfm \
    "belajar=$belajar render $module --width 80 --color never" \
    "cmark-gfm=cmark-gfm -e table -t plaintext --width 80 $module" \
    "lowdown=lowdown -Tterm --term-width=80 $module" \
    "pandoc=pandoc -f gfm -t plain --columns=80 $module"
