"""The app on a pseudo-terminal at 80x24, beside less on the same text: time to the first full
frame, and bytes written per line-down and per page-down in the reader. Prints medians."""
import argparse
import fcntl
import os
import select
import statistics
import struct
import subprocess
import termios
import time

NIP = "198609262015051001"
ENV = {"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8"}


class Session:
    def __init__(self, argv, home):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
                                        env=dict(ENV, HOME=home))
        os.close(slave)
        self.fd = master
        self.output = b""

    def until(self, marker, timeout=20.0):
        """Seconds from the start until `marker` was written."""
        deadline = time.perf_counter() + timeout
        while marker not in self.output:
            if time.perf_counter() > deadline:
                raise SystemExit(f"bench tui: no {marker!r} on screen; got {self.output[-400:]!r}")
            if select.select([self.fd], [], [], 0.5)[0]:
                self.output += os.read(self.fd, 65536)
        return time.perf_counter() - self.started

    def drain(self, idle=0.15):
        """Bytes written until the terminal has been quiet for `idle` seconds."""
        count = 0
        while select.select([self.fd], [], [], idle)[0]:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            count += len(chunk)
        return count

    def press(self, keys):
        os.write(self.fd, keys)
        return self.drain()

    def close(self, quit_keys):
        try:
            os.write(self.fd, quit_keys)
            self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
        self.drain(0.05)
        os.close(self.fd)


def first_frame(argv, marker, quit_keys, runs, home, before_each=lambda: None):
    times = []
    for _ in range(runs):
        before_each()
        session = Session(argv, home)
        times.append(session.until(marker) * 1000)
        session.close(quit_keys)
    return statistics.median(times)


def bytes_per_key(session, key, presses):
    return statistics.median(session.press(key) for _ in range(presses))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--belajar", required=True)
    parser.add_argument("--bundled", required=True)
    parser.add_argument("--library", required=True)
    parser.add_argument("--long", required=True, help="the course with one long module")
    parser.add_argument("--text", required=True, help="that module as belajar render prints it")
    parser.add_argument("--store", required=True)
    parser.add_argument("--home", required=True)
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()

    def app(courses):
        return [options.belajar, "--courses", courses, "--store", options.store, "--learner", NIP, "--lang", "id"]

    less = ["less", "-R", "-PsREADY", options.text]
    ctrl_c = b"\x03"
    # The library's footer is the last row ncurses writes: the frame is whole once it is out.
    def frame(courses, **options_):
        return first_frame(app(courses), b"Keluar", ctrl_c, options.runs, options.home, **options_)

    # A first start parses every course.yaml; later ones take unchanged courses from the library
    # index beside the store, which keeps only files changed more than 2 s before they were read.
    store_folder = os.path.dirname(os.path.abspath(options.store))

    def forget_index():
        for name in os.listdir(store_folder):
            if name.startswith("library-index-"):
                os.remove(os.path.join(store_folder, name))

    library_cold = frame(options.library, before_each=forget_index)
    time.sleep(2.5)
    bundled, library = frame(options.bundled), frame(options.library)
    reference = first_frame(less, b"READY", b"q", options.runs, options.home)
    for name, figure, goal in (("bundled courses", bundled, 50), ("200 courses x 20", library, 150),
                               ("200 x 20, first start", library_cold, 150)):
        print(f"first frame, {name + ':':23} belajar {figure:7.1f} ms   less {reference:6.1f} ms   "
              f"ratio {figure / reference:5.1f}x   (goal under {goal} ms)")

    reader = Session(app(options.long), options.home)
    reader.until(b"Keluar")
    reader.press(b"\r")
    reader.press(b"\r")
    pager = Session(less, options.home)
    pager.until(b"READY")
    pager.drain()
    # less shows 23 lines of text at 80x24 (one row for its prompt), the reader 22 (a status row
    # and a footer): less's first line-down brings in the line the reader's second does. One
    # line-down first, uncounted, so both are measured on the same lines of text.
    reader.press(b"j")
    presses = max(options.runs, 9)
    for name, key in (("line-down (j)", b"j"), ("page-down (Space)", b" ")):
        mine, theirs = bytes_per_key(reader, key, presses), bytes_per_key(pager, key, presses)
        print(f"bytes per {name:18} belajar {mine:7.0f}      less {theirs:6.0f}      "
              f"ratio {mine / theirs:4.2f}    (goal: page-down no more than less)")
    reader.close(ctrl_c)
    pager.close(b"q")


if __name__ == "__main__":
    main()
