"""Genuine MicroPython (oracle/run.mjs under Node) and upy, side by side.

The one Python client of the oracle: the suite comparison (compare.py), the
language server's oracle test and anything else that asks "what would
MicroPython do?" import it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = HERE / "node_modules" / "@micropython" / "micropython-webassembly-pyscript"


def missing() -> str | None:
    """Why the oracle cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return "node is not installed (Debian: apt install nodejs npm)"
    if not PACKAGE.is_dir():
        return f"the oracle's npm package is not installed: run `npm ci --prefix {HERE}`"
    return None


@dataclass
class Outcome:
    """How one program ended: what it printed and its uncaught error."""

    stdout: str
    error: str | None  # "Type: message", or "Type" when the message is empty
    timeout: bool = False

    def text(self) -> str:
        """The comparable form: stdout, then the uncaught error's last line."""
        tail = "[timed out]\n" if self.timeout else (f"[{self.error}]\n" if self.error else "")
        return self.stdout + tail


class Oracle:
    """A running oracle/run.mjs; each `run` gets a fresh MicroPython VM."""

    def __init__(self) -> None:
        why = missing()
        if why:
            raise RuntimeError(f"genuine MicroPython oracle unavailable: {why}")
        self.proc = subprocess.Popen(
            ["node", str(HERE / "run.mjs")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self.next_id = 0

    def run_many(self, programs: list[dict]) -> list[dict]:
        """Send every request, then read every answer (in order)."""
        assert self.proc.stdin and self.proc.stdout
        for p in programs:
            self.next_id += 1
            self.proc.stdin.write(json.dumps({"id": self.next_id, **p}) + "\n")
        self.proc.stdin.flush()
        return [json.loads(self.proc.stdout.readline()) for _ in programs]

    def run(self, code: str, **extra) -> Outcome:
        return outcome_of(self.run_many([{"code": code, **extra}])[0])

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=10)

    def __enter__(self) -> "Oracle":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def outcome_of(answer: dict) -> Outcome:
    err = answer.get("error")
    error = None
    if err:
        error = err["type"] + (f": {err['message']}" if err["message"] else "")
    return Outcome(answer["stdout"], error, bool(answer.get("timeout")))


def upy_binary() -> Path:
    env = os.environ.get("UPY_BIN")
    if env:
        return Path(env)
    for profile in ("release", "debug"):
        p = ROOT / "target" / profile / "upy"
        if p.exists():
            return p
    raise RuntimeError("no upy binary: build it with `cargo build --release` or set UPY_BIN")


_LAST_LINE = re.compile(r"^([A-Za-z_][\w.]*)(?::\s?(.*))?$")


def run_upy(path: Path, upy: Path | None = None, timeout: float = 20.0, args: list[str] | None = None) -> Outcome:
    """Run a program file under `upy run` from its own folder."""
    cmd = [str(upy or upy_binary()), "run", *(args or []), path.name]
    try:
        done = subprocess.run(cmd, cwd=path.parent, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        return Outcome(out, None, True)
    stdout = done.stdout.decode("utf-8", "replace")
    error = None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
        last = lines[-1] if lines else ""
        m = _LAST_LINE.match(last)
        if m and (len(lines) > 1 or m.group(1)[0].isupper()):
            error = m.group(1) + (f": {m.group(2)}" if m.group(2) else "")
        else:
            error = f"[upy exited {done.returncode}] {last}"
    return Outcome(stdout, error)


def run_unix_port(path: Path, binary: Path, timeout: float = 20.0) -> Outcome:
    """Run a program file under a MicroPython unix-port binary, from its own folder.

    The unix port is genuine MicroPython too, with what the wasm build lacks
    (a runnable asyncio, select, os, vfs). Its frozen modules may be missing
    when built without micropython-lib, so MICROPYPATH may name a folder that
    holds extmod/asyncio; set it in the environment.
    """
    try:
        done = subprocess.run([str(binary), path.name], cwd=path.parent, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired as e:
        return Outcome((e.stdout or b"").decode("utf-8", "replace"), None, True)
    stdout = done.stdout.decode("utf-8", "replace")
    error = None
    if done.returncode != 0:
        # The unix port prints an uncaught error's traceback to stdout's
        # neighbour stderr; its last line is "Type: message".
        lines = done.stderr.decode("utf-8", "replace").rstrip("\n").split("\n")
        m = _LAST_LINE.match(lines[-1] if lines else "")
        error = (m.group(1) + (f": {m.group(2)}" if m.group(2) else "")) if m else f"[exited {done.returncode}]"
    return Outcome(stdout, error)
