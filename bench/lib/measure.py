#!/usr/bin/env python3
"""Times commands side by side: each case runs RUNS times, the cases interleaved so that noise
on a shared machine hits them alike. Prints, per case, the median and fastest wall time, the
ratio of its median to the reference case's, the median CPU time (user + system: steadier
than wall time when the machine is shared) with its ratio, and the peak RSS (as
/usr/bin/time -v reports it: the child's ru_maxrss).

    measure.py --runs 9 --reference cmark 'belajar=CMD ...' 'cmark=CMD ...'

A case is LABEL=COMMAND (a shell command line, its stdout discarded)."""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run_once(command):
    start = time.perf_counter()
    process = subprocess.Popen(command, shell=True, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"measure: '{command}' failed with {os.waitstatus_to_exitcode(status)}")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--reference")
    parser.add_argument("cases", nargs="+")
    arguments = parser.parse_args()
    cases = [case.split("=", 1) for case in arguments.cases]
    times = {label: [] for label, _ in cases}
    peaks = {label: 0 for label, _ in cases}
    cpu = {label: [] for label, _ in cases}
    for label, command in cases:
        run_once(command)  # warm the page cache and the dynamic loader
    for _ in range(arguments.runs):
        for label, command in cases:
            elapsed, peak, seconds = run_once(command)
            times[label].append(elapsed)
            cpu[label].append(seconds)
            peaks[label] = max(peaks[label], peak)
    reference = arguments.reference
    print(f"{'case':<12} {'median ms':>10} {'fastest ms':>11} {'ratio':>7} {'CPU ms':>8} {'CPU ratio':>10} "
          f"{'peak RSS MB':>12}")
    for label, _ in cases:
        median = statistics.median(times[label])
        median_cpu = statistics.median(cpu[label])
        ratio = f"{median / statistics.median(times[reference]):.2f}x" if reference else "-"
        cpu_ratio = f"{median_cpu / statistics.median(cpu[reference]):.2f}x" if reference else "-"
        print(f"{label:<12} {median * 1000:>10.1f} {min(times[label]) * 1000:>11.1f} {ratio:>7} "
              f"{median_cpu * 1000:>8.1f} {cpu_ratio:>10} {peaks[label] / 1024:>12.1f}")


main()
