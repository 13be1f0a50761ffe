#!/usr/bin/env bash
# How much opening a library costs against reading all of it.
# Makes a library of COURSES courses x MODULES modules (each module ~40 KB of Markdown with a
# 20-question GIFT quiz, titles left to the first heading), then times, RUNS times each:
#   list   `belajar list`  : loads the library as the app does (course.yaml + first heading only)
#   check  `belajar check` : the reference, reads and parses every module and quiz
# and prints the medians and the ratio list/check. BUILD=debug skips the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
COURSES=${COURSES:-200} MODULES=${MODULES:-10} RUNS=${RUNS:-5} BUILD=${BUILD:-release}
if [[ "$BUILD" == release ]]; then
    binary="$(scripts/build belajar)"
else
    swift build --product belajar >/dev/null
    binary="$(swift build --show-bin-path)/belajar"
fi
library="$(mktemp -d)"
trap 'rm -rf "$library"' EXIT
python3 - "$library" "$COURSES" "$MODULES" "$binary" "$RUNS" <<'PY'
import os, resource, statistics, subprocess, sys, time
root, courses, modules, binary, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
paragraph = "Pengembangan kompetensi ASN dilakukan secara berkelanjutan melalui pelatihan, pendampingan dan belajar mandiri. " * 6
for c in range(courses):
    folder = os.path.join(root, f"kursus-{c:03d}")
    os.makedirs(folder)
    entries = []
    for m in range(modules):
        name = f"{m + 1:02d}-modul-{m}"
        with open(os.path.join(folder, name + ".md"), "w") as f:
            f.write(f"# Modul {m} kursus {c}\n\n" + "".join(f"## Bagian {p}\n\n{paragraph}\n\n" for p in range(60)))
        with open(os.path.join(folder, name + ".gift"), "w") as f:
            f.write("\n\n".join(f"::Soal {q}::Pertanyaan {q}? {{=benar#Tepat ~salah#Belum ~keliru}}" for q in range(20)))
        entries.append(f"  - file: {name}.md\n    quiz: {name}.gift\n")
    with open(os.path.join(folder, "course.yaml"), "w") as f:
        f.write(f"id: kursus-{c:03d}\ntitle: Kursus {c}\nversion: 1.0.0\nhours: 2\nmodules:\n" + "".join(entries))

def medians(arguments):
    # Wall time, and CPU time (user + system): on a shared machine the second is the steadier.
    walls, cpus = [], []
    for _ in range(runs):
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        result = subprocess.run([binary] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        walls.append(time.perf_counter() - start)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if result.returncode != 0:
            sys.exit(f"belajar {' '.join(arguments)} failed with {result.returncode}")
    return statistics.median(walls), statistics.median(cpus)

size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(root) for f in fs)
listing, checking = medians(["list", "--courses", root]), medians(["check", root])
print(f"library: {courses} courses x {modules} modules, {size / 1e6:.1f} MB, median of {runs} runs")
print(f"                          {'wall':>9} {'cpu':>9}")
print(f"list  (load, lazy)        {listing[0] * 1000:7.0f}ms {listing[1] * 1000:7.0f}ms")
print(f"check (read everything)   {checking[0] * 1000:7.0f}ms {checking[1] * 1000:7.0f}ms  (reference)")
print(f"ratio list/check          {listing[0] / checking[0]:9.3f} {listing[1] / checking[1]:9.3f}")
PY
