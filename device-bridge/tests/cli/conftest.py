"""Fixtures: the `upy` command line against `upy board` (the simulated
board on a pseudo-terminal, and on WebREPL over localhost), each test with
a runtime folder of its own so the boards it lists are its own."""

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
UPY = os.environ.get("UPY_BIN") or str(TARGET / "debug" / "upy")


@pytest.fixture
def env(tmp_path):
    """The environment of every command in a test: its own runtime folder."""
    e = dict(os.environ)
    e["UPY_RUNTIME_DIR"] = str(tmp_path / "runtime")
    e.pop("UPY_WEBREPL_PASSWORD", None)
    return e


class Board:
    """`upy board --link LINK [ARGS]` as a child process."""

    def __init__(self, link, env, args=()):
        if not Path(UPY).exists():
            pytest.fail("build upy first: cargo build -p upy (%s)" % UPY)
        self.link = str(link)
        self.proc = subprocess.Popen(
            [UPY, "board", "--link", self.link, *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.path = self.proc.stdout.readline().decode().strip()
        self.webrepl = self.proc.stdout.readline().decode().strip() if "--webrepl" in args else None
        if not self.path or not os.path.exists(self.link):
            self.stop()
            raise RuntimeError("upy board did not start: %s" % self.proc.stderr.read().decode(errors="replace"))

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def kill(self):
        self.proc.kill()
        self.proc.wait()


@pytest.fixture
def start_board(tmp_path, env):
    """start_board(*args) -> Board, stopped at the end of the test."""
    boards = []

    def start(*args, name=None):
        link = tmp_path / (name or "board%d" % len(boards))
        board = Board(link, env, args)
        boards.append(board)
        return board

    yield start
    for board in boards:
        board.stop()


@pytest.fixture
def upy(env):
    """upy(*args, input=None, timeout=60) -> CompletedProcess with .out/.err."""

    def run(*args, timeout=60, check=False, input=None):
        result = subprocess.run([UPY, *args], capture_output=True, timeout=timeout, env=env, input=input)
        result.out = result.stdout.decode(errors="replace")
        result.err = result.stderr.decode(errors="replace")
        if check and result.returncode != 0:
            raise AssertionError("upy %s failed (%d):\n%s\n%s" % (shlex.join(args), result.returncode, result.out, result.err))
        return result

    return run


@pytest.fixture
def mpremote(env):
    """mpremote(*args) -> CompletedProcess with .out (\\r\\n as \\n)."""

    def run(*args, timeout=60):
        result = subprocess.run([sys.executable, "-m", "mpremote", *args], capture_output=True, timeout=timeout, env=env)
        result.out = result.stdout.decode(errors="replace").replace("\r\n", "\n")
        result.err = result.stderr.decode(errors="replace").replace("\r\n", "\n")
        return result

    return run
