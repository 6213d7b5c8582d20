#!/usr/bin/env python3
"""How often upy prints what genuine MicroPython prints, over folders of programs.

    python3 oracle/compare.py [--upy PATH] [--show N] [--json OUT] PATH...

Each PATH is a program or a folder of them (e.g. a MicroPython checkout's
tests/basics). Every program runs under `upy run` from its own folder and in
the oracle (MicroPython 1.29 on WebAssembly), with the modules it imports from
its folder. Two runs match when stdout and the uncaught error's last line are
identical. Programs the oracle itself answers with SKIP (a feature the wasm
build lacks) are counted apart. Run on purpose; it is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from client import Oracle, outcome_of, run_unix_port, run_upy, upy_binary  # noqa: E402

IMPORT = re.compile(r"^\s*(?:from|import)\s+([A-Za-z_]\w*)", re.M)


def programs(paths: list[str]) -> list[Path]:
    found = []
    for p in map(Path, paths):
        found += sorted(p.glob("*.py")) if p.is_dir() else [p]
    return found


def sibling_modules(path: Path) -> dict[str, str]:
    """The modules a test imports from its own folder, for the oracle's /lib."""
    files: dict[str, str] = {}
    for name in set(IMPORT.findall(path.read_text(errors="replace"))):
        mod = path.parent / f"{name}.py"
        pkg = path.parent / name
        if mod.is_file() and mod != path:
            files[f"/lib/{name}.py"] = mod.read_text(errors="replace")
        elif (pkg / "__init__.py").is_file():
            for f in pkg.rglob("*.py"):
                files[f"/lib/{f.relative_to(path.parent)}"] = f.read_text(errors="replace")
    return files


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--upy", type=Path, default=None)
    ap.add_argument("--show", type=int, default=0, help="print the diff of the first N mismatches")
    ap.add_argument("--json", type=Path, help="write every program's verdict here")
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument(
        "--unix-port",
        type=Path,
        help="compare with this MicroPython unix-port binary instead of the wasm oracle (for what the wasm build lacks)",
    )
    args = ap.parse_args()

    files = programs(args.paths)
    upy = args.upy or upy_binary()
    started = time.time()
    with ThreadPoolExecutor(max_workers=4) as pool:
        if args.unix_port:
            theirs = list(pool.map(lambda f: run_unix_port(f, args.unix_port, args.timeout), files))
        else:
            with Oracle() as oracle:
                answers = oracle.run_many(
                    [
                        {"code": f.read_text(errors="replace"), "files": sibling_modules(f), "timeout_ms": int(args.timeout * 1000)}
                        for f in files
                    ]
                )
            theirs = [outcome_of(a) for a in answers]
        ours = list(pool.map(lambda f: run_upy(f, upy, args.timeout), files))

    verdicts = []
    for f, want, got in zip(files, theirs, ours):
        if want.stdout.strip() == "SKIP":
            verdict = "skipped-by-oracle"
        elif want.timeout:
            verdict = "oracle-timeout"
        elif got.timeout:
            verdict = "upy-hangs"
        else:
            verdict = "match" if got.text() == want.text() else "differ"
        verdicts.append({"program": str(f), "verdict": verdict, "micropython": want.text(), "upy": got.text()})

    counted = [v for v in verdicts if v["verdict"] not in ("skipped-by-oracle", "oracle-timeout")]
    matched = sum(v["verdict"] == "match" for v in counted)
    print(f"{len(files)} programs in {time.time() - started:.1f} s (upy: {upy})")
    for kind in ("match", "differ", "upy-hangs", "skipped-by-oracle", "oracle-timeout"):
        print(f"  {kind:18} {sum(v['verdict'] == kind for v in verdicts)}")
    if counted:
        print(f"identical to MicroPython: {matched}/{len(counted)} = {100 * matched / len(counted):.1f}%")
        print(f"over every program (oracle SKIPs count as misses): {matched}/{len(files)} = {100 * matched / len(files):.1f}%")
    shown = 0
    for v in verdicts:
        if v["verdict"] in ("differ", "upy-hangs") and shown < args.show:
            shown += 1
            print(f"\n### {v['program']} ({v['verdict']})")
            diff = difflib.unified_diff(
                v["micropython"].splitlines(), v["upy"].splitlines(), "micropython", "upy", lineterm="", n=1
            )
            print("\n".join(list(diff)[:40]))
    if args.json:
        args.json.write_text(json.dumps(verdicts, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
