#!/usr/bin/env python3
"""VM cost: time and peak RSS per program for upy, genuine MicroPython and
`python3 -S`, interleaved in one run, best of N; prints the table and geomeans.

    python3 benches/vm/run.py [--micropython BIN] [--perf-bench DIR] [--repeat N] [--only NAME,...]

Programs: our own under benches/vm/programs/ (dict-, attribute-, string-,
generator-heavy, float loops, big ints, ...), plus, with --perf-bench, the
programs of a MicroPython checkout's tests/perf_bench, each assembled the way
MicroPython's run-perfbench.py does (the program, its benchrun.py, then
`bm_run(N, M)` with N=M=1000, the PC setting).

MicroPython is a unix-port binary (--micropython or $MICROPYTHON_BIN; build
it from MicroPython's public source with `make -C ports/unix`). Without one
the wasm port under Node (oracle/) runs instead: its times include Node's
start-up and its RSS is Node's, so the table says which was used and leaves
MicroPython's RSS out. Not part of CI: a measurement, run on purpose.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TIME = "/usr/bin/time"  # GNU time (Debian package `time`)
WASM_RUNNER = """
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import { readFileSync } from "node:fs";
const mp = await loadMicroPython({ stdout: (s) => process.stdout.write(s), linebuffer: false, heapsize: 8 * 1024 * 1024 });
mp.runPython(readFileSync(process.argv[2], "utf8"));
"""


def run_child(cmd: list[str], stdout_fd: int) -> tuple[float, int, bool]:
    """Wall time, peak RSS in KB and success of one run. GNU time measures
    the peak RSS: a child forked from this Python process would count
    Python's own pages as its peak."""
    with tempfile.NamedTemporaryFile("r") as rss_file:
        t0 = time.perf_counter()
        done = subprocess.run([TIME, "-q", "-f", "%M", "-o", rss_file.name, *cmd], stdout=stdout_fd, stderr=subprocess.DEVNULL)
        dt = time.perf_counter() - t0
        lines = rss_file.read().split()
    return dt, int(lines[-1]) if lines else 0, done.returncode == 0


def best_of(cmd: list[str], repeat: int) -> tuple[float, int, str, bool]:
    """Best time, highest peak RSS, the last run's stdout, and whether all succeeded."""
    best_t, peak, text, ok = math.inf, 0, "", True
    for _ in range(repeat):
        with tempfile.TemporaryFile() as f:
            dt, rss, good = run_child(cmd, f.fileno())
            f.seek(0)
            text = f.read().decode("utf-8", "replace")
        ok = ok and good
        best_t = min(best_t, dt)
        peak = max(peak, rss)
    return best_t, peak, text, ok


def perf_bench_programs(folder: Path, out_dir: Path) -> list[Path]:
    runner = (folder / "benchrun.py").read_text()
    made = []
    for p in sorted(folder.glob("*.py")):
        src = p.read_text()
        if p.name == "benchrun.py" or "bm_params" not in src or re.search(r"^\s*@micropython\.viper", src, re.M):
            continue
        if p.with_suffix(".py.exp").exists():
            continue  # needs an .mpy it imports: not a whole-program benchmark
        target = out_dir / p.name
        target.write_text(src + "\n" + runner + "\nbm_run(1000, 1000)\n")
        made.append(target)
    return made


def comparable(text: str, program: Path) -> str:
    """Output to compare across interpreters: perf_bench programs print their
    own time first on each line, which is left out."""
    if program.parent == HERE / "programs":
        return text
    return "\n".join(line.split(" ", 1)[-1] for line in text.splitlines())


def geomean(xs: list[float]) -> float:
    xs = [x for x in xs if x > 0 and math.isfinite(x)]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--micropython", default=os.environ.get("MICROPYTHON_BIN"))
    ap.add_argument("--perf-bench", type=Path, help="a MicroPython checkout's tests/perf_bench")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", default="", help="comma-separated program names")
    ap.add_argument("--upy", default=os.environ.get("UPY_BIN", str(ROOT / "target" / "release" / "upy")))
    args = ap.parse_args()

    if not Path(TIME).exists():
        sys.exit(f"{TIME} is missing: apt install time")
    if not Path(args.upy).exists():
        subprocess.run(["cargo", "build", "--release", "-p", "upy"], cwd=ROOT, check=True)
    tmp = Path(tempfile.mkdtemp(prefix="upy-bench-"))
    programs = sorted((HERE / "programs").glob("*.py"))
    if args.perf_bench:
        programs += perf_bench_programs(args.perf_bench, tmp)
    if args.only:
        keep = set(args.only.split(","))
        programs = [p for p in programs if p.stem in keep]

    if args.micropython:
        mp_cmd = [args.micropython]
        mp_name = f"MicroPython unix port ({args.micropython})"
    else:
        # Beside oracle/node_modules so Node resolves the package.
        runner = ROOT / "oracle" / ".bench_runner.mjs"
        runner.write_text(WASM_RUNNER)
        mp_cmd = ["node", str(runner)]
        mp_name = "MicroPython wasm port under Node (no unix port given: times include Node's start-up; RSS is Node's)"

    interpreters = [
        ("upy", [args.upy, "run"]),
        ("micropython", mp_cmd),
        ("python3 -S", [sys.executable, "-S"]),
    ]
    rows = []
    print(f"{'program':<24}" + "".join(f"{n + ' s':>16}{'MB':>8}" for n, _ in interpreters) + "  upy/mpy  upy/py  output")
    for p in programs:
        results = {}
        # Interleaved: one run of each interpreter in turn, best of N.
        for name, cmd in interpreters:
            results[name] = best_of(cmd + [str(p)], args.repeat)
        texts = {n: comparable(r[2], p) for n, r in results.items()}
        if all(r[3] for r in results.values()):
            same = "same" if texts["upy"] == texts["micropython"] else "DIFFERS from micropython"
        else:
            same = "failed: " + ",".join(n for n, r in results.items() if not r[3])
        t = {n: r[0] for n, r in results.items()}
        rss = {n: r[1] / 1024 for n, r in results.items()}
        rows.append((p.stem, t, rss, same))
        line = f"{p.stem:<24}" + "".join(f"{t[n]:>16.3f}{rss[n]:>8.1f}" for n, _ in interpreters)
        print(line + f"  {t['upy'] / t['micropython']:>7.2f}  {t['upy'] / t['python3 -S']:>6.2f}  {same}", flush=True)

    # Start-up cost alone.
    empty = tmp / "pass.py"
    empty.write_text("pass\n")
    start = {n: best_of(cmd + [str(empty)], args.repeat) for n, cmd in interpreters}
    print(f"{'pass':<24}" + "".join(f"{start[n][0]:>16.3f}{start[n][1] / 1024:>8.1f}" for n, _ in interpreters))

    ok = [r for r in rows if r[3] == "same"]
    gm_mpy = geomean([r[1]["upy"] / r[1]["micropython"] for r in ok])
    gm_py = geomean([r[1]["upy"] / r[1]["python3 -S"] for r in ok])
    print(f"\nspeed geomean over {len(ok)} programs with the same output: upy/micropython {gm_mpy:.2f}, upy/python3 -S {gm_py:.2f}")
    worst = max(ok, key=lambda r: r[1]["upy"] / r[1]["micropython"], default=None)
    if worst:
        print(f"slowest against micropython: {worst[0]} {worst[1]['upy'] / worst[1]['micropython']:.2f}x")
    over = [r[0] for r in rows if r[2]["upy"] > r[2]["python3 -S"]]
    print(f"peak RSS above python3 -S's: {', '.join(over) if over else 'none'}")
    print(f"micropython: {mp_name}; python3 {sys.version.split()[0]}; best of {args.repeat}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
