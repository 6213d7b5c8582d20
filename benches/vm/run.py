#!/usr/bin/env python3
"""VM benchmark: each program under upy (release build) and python3 in the
same run; prints the times, the ratio upy/python3 and their geometric mean.
Not part of CI: run it on purpose with `python3 benches/vm/run.py`."""
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
UPY = os.environ.get("UPY_BIN", os.path.join(ROOT, "target", "release", "upy"))
REPEAT = int(os.environ.get("REPEAT", "3"))


def best_time(cmd):
    best = None
    out = None
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        dt = time.perf_counter() - t0
        if r.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{r.stdout}{r.stderr}")
        out = r.stdout
        best = dt if best is None else min(best, dt)
    return best, out


def main():
    if not os.path.exists(UPY):
        subprocess.run(["cargo", "build", "--release", "-p", "upy"], cwd=ROOT, check=True)
    progs = sorted(p for p in os.listdir(os.path.join(HERE, "programs")) if p.endswith(".py"))
    ratios = []
    print(f"{'program':<14}{'upy s':>10}{'python3 s':>12}{'upy/py':>9}  output")
    for p in progs:
        path = os.path.join(HERE, "programs", p)
        tu, ou = best_time([UPY, "run", path])
        tp, op = best_time([sys.executable, path])
        same = "same" if ou == op else "DIFFERS"
        ratios.append(tu / tp)
        print(f"{p[:-3]:<14}{tu:>10.3f}{tp:>12.3f}{tu / tp:>9.2f}  {same}")
    gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"{'geomean':<14}{'':>10}{'':>12}{gm:>9.2f}")
    print(f"python3: {sys.version.split()[0]}, best of {REPEAT} runs each")


if __name__ == "__main__":
    main()
