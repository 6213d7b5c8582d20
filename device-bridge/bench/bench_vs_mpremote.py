#!/usr/bin/env python3
"""Benchmark (not in CI): the upy bridge against mpremote, same board, same run.

Figures: time for 100 executions of a trivial statement in one connection,
and time to upload a 200 KB file. Target: the bridge takes at most half of
mpremote's time for each.

    python3 device-bridge/bench/bench_vs_mpremote.py [--board-cmd "upy board --link {link}"]

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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--board-cmd", help="command serving a board; {link} is replaced by the link path")
    ap.add_argument("--profile", default="release", choices=["release", "debug"])
    ap.add_argument("--size", type=int, default=200 * 1024)
    args = ap.parse_args()
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / args.profile / "examples"
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
    for key, label in [("exec100_s", "100 x exec('x = 1'), one connection"), ("put_s", "upload %d KB" % (args.size // 1024))]:
        if ours[key] is None or theirs[key] is None:
            print("%-38s %10s %10s" % (label, "n/a" if ours[key] is None else "%.3fs" % ours[key], "n/a" if theirs[key] is None else "%.3fs" % theirs[key]))
        else:
            print("%-38s %9.3fs %9.3fs %6.2fx" % (label, ours[key], theirs[key], ours[key] / theirs[key]))


if __name__ == "__main__":
    main()
