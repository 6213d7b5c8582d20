#!/usr/bin/env python3
"""Benchmark (not in CI): the upy bridge against mpremote, same board, same run.

Figures:
- the whole-process round trip of one command, as a person types it:
  `upy run --port LINK -c pass` against `mpremote connect LINK exec pass`
  (both open the port, soft-reset, run, and leave), the median of --runs;
- 100 executions of a trivial statement in one connection;
- the upload of a 200 KB file.
Target: the bridge takes at most half of mpremote's time for each.

    python3 device-bridge/bench/bench_vs_mpremote.py [--board-cmd "upy board --link {link}"]

The whole-process figure needs the `upy` binary (--upy, default
target/<profile>/upy; `cargo build --release`).

Without --board-cmd the board is this crate's `test_board` example with the
CPython test double as its interpreter; `--board-cmd "target/release/examples/vm_board --link {link}"`
(or `upy board --link {link}`) puts the VM session behind it.
Needs mpremote (pip) and `cargo build -p upy-device --release --examples`
(or debug: set --profile debug).
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def start_board(cmd, link):
    proc = subprocess.Popen(shlex.split(cmd.format(link=link)), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not os.path.exists(link):
        if proc.poll() is not None or time.monotonic() > deadline:
            sys.exit("board did not start: " + cmd)
        time.sleep(0.02)
    return proc


def bench_mpremote(link, data):
    from mpremote.transport_serial import SerialTransport

    t = SerialTransport(link, baudrate=115200)
    t.enter_raw_repl(soft_reset=False)
    started = time.perf_counter()
    for _ in range(100):
        t.exec("x = 1")
    exec100 = time.perf_counter() - started
    started = time.perf_counter()
    try:
        t.fs_writefile("bench_upload_mpremote.bin", data)
        put = time.perf_counter() - started
    except Exception as e:  # a board that cannot store files (yet)
        print("mpremote: upload failed: %s" % str(e).strip().splitlines()[-1], file=sys.stderr)
        put = None
    t.exit_raw_repl()
    t.close()
    return {"exec100_s": exec100, "put_s": put}


def whole_process(cmd, runs):
    """Median and best wall time of running `cmd` to completion."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True)
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            sys.exit("failed: %s\n%s" % (" ".join(cmd), (done.stdout + done.stderr).decode(errors="replace")))
    times.sort()
    return times[len(times) // 2], times[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--board-cmd", help="command serving a board; {link} is replaced by the link path")
    ap.add_argument("--profile", default="release", choices=["release", "debug"])
    ap.add_argument("--size", type=int, default=200 * 1024)
    ap.add_argument("--runs", type=int, default=30, help="whole-process runs of each client")
    ap.add_argument("--upy", help="the upy binary (default target/<profile>/upy)")
    args = ap.parse_args()
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / args.profile / "examples"
    upy = args.upy or str(target.parent / "upy")
    with tempfile.TemporaryDirectory() as tmp:
        flash = Path(tmp) / "flash"
        flash.mkdir()
        cmd = args.board_cmd or "%s --link {link} --interpreter cpython --flash %s" % (target / "test_board", flash)
        link = str(Path(tmp) / "board")
        board = start_board(cmd, link)
        data = os.urandom(args.size)
        upload = Path(tmp) / "upload.bin"
        upload.write_bytes(data)
        try:
            round_trip = None
            if os.path.exists(upy):
                ours_rt = whole_process([upy, "run", "--port", link, "-c", "pass"], args.runs)
                theirs_rt = whole_process([sys.executable, "-m", "mpremote", "connect", link, "exec", "pass"], args.runs)
                round_trip = (ours_rt, theirs_rt)
            else:
                print("no %s: skipping the whole-process figure (cargo build --release)" % upy, file=sys.stderr)
            ours = json.loads(subprocess.check_output([str(target / "bench_bridge"), link, str(upload)]))
            theirs = bench_mpremote(link, data)
        finally:
            # The test board exits when its stdin closes; `upy board` runs
            # until it is told to stop.
            board.stdin.close()
            try:
                board.wait(timeout=2)
            except subprocess.TimeoutExpired:
                board.terminate()
                board.wait(timeout=10)
    print("board: %s" % cmd)
    print("%-38s %10s %10s %7s" % ("", "upy", "mpremote", "ratio"))
    if round_trip:
        (ours_med, ours_best), (theirs_med, theirs_best) = round_trip
        print("%-38s %8.1fms %8.1fms %6.2fx" % ("exec 'pass', whole process (median)", ours_med * 1e3, theirs_med * 1e3, ours_med / theirs_med))
        print("%-38s %8.1fms %8.1fms %6.2fx" % ("exec 'pass', whole process (best)", ours_best * 1e3, theirs_best * 1e3, ours_best / theirs_best))
    for key, label in [("exec100_s", "100 x exec('x = 1'), one connection"), ("put_s", "upload %d KB" % (args.size // 1024))]:
        if ours[key] is None or theirs[key] is None:
            print("%-38s %10s %10s" % (label, "n/a" if ours[key] is None else "%.3fs" % ours[key], "n/a" if theirs[key] is None else "%.3fs" % theirs[key]))
        else:
            print("%-38s %9.3fs %9.3fs %6.2fx" % (label, ours[key], theirs[key], ours[key] / theirs[key]))


if __name__ == "__main__":
    main()
