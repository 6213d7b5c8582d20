"""Fixtures: virtual boards on pseudo-terminals, and mpremote against them.

Boards come from two places:
- `target/debug/examples/test_board` (this crate's example) with a TEST
  DOUBLE interpreter: `script` (a few statements) or `cpython` (CPython with
  a private flash directory, for file transfer);
- the VM session (`upy_vm::Session`): this crate's `vm_board` example, or
  the command in UPY_BOARD_CMD (e.g. `target/debug/upy board --link {link}`).
  Tests that need more of the interpreter than it has yet skip, with the
  reason.
"""

import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
TEST_BOARD = Path(os.environ.get("UPY_TEST_BOARD", TARGET / "debug" / "examples" / "test_board"))
VM_BOARD = TARGET / "debug" / "examples" / "vm_board"
VM_BOARD_CMD = os.environ.get("UPY_BOARD_CMD", "%s --link {link}" % VM_BOARD)


class Board:
    def __init__(self, argv, link):
        self.link = str(link)
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while not os.path.exists(self.link):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                err = self.proc.stderr.read().decode(errors="replace") if self.proc.poll() is not None else ""
                self.stop()
                raise RuntimeError("board did not start: %s %s" % (" ".join(map(str, argv)), err))
            time.sleep(0.02)

    def mpremote(self, *args, timeout=120, check=False):
        """Run `mpremote connect LINK ARGS...`; returns the CompletedProcess."""
        cmd = [sys.executable, "-m", "mpremote", "connect", self.link, *args]
        result = subprocess.run(cmd, capture_output=True, timeout=timeout)
        # A board's stdout ends lines with \r\n, and mpremote passes it on.
        result.out = result.stdout.decode(errors="replace").replace("\r\n", "\n")
        result.err = result.stderr.decode(errors="replace").replace("\r\n", "\n")
        if check and result.returncode != 0:
            raise AssertionError("mpremote %s failed (%d):\n%s\n%s" % (args, result.returncode, result.out, result.err))
        return result

    def stop(self):
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=5)
            except Exception:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def start_board(tmp_path):
    """start_board(interpreter="script", raw_paste="enabled") -> Board"""
    boards = []

    def start(interpreter="script", raw_paste="enabled"):
        if not TEST_BOARD.exists():
            pytest.fail("build the test board first: cargo build -p upy-device --examples (%s)" % TEST_BOARD)
        link = tmp_path / ("board%d" % len(boards))
        argv = [str(TEST_BOARD), "--link", str(link), "--interpreter", interpreter, "--raw-paste", raw_paste]
        if interpreter == "cpython":
            flash = tmp_path / ("flash%d" % len(boards))
            flash.mkdir()
            argv += ["--flash", str(flash)]
        board = Board(argv, link)
        board.flash = tmp_path / ("flash%d" % len(boards))
        boards.append(board)
        return board

    yield start
    for board in boards:
        board.stop()


@pytest.fixture
def vm_board(tmp_path):
    """The VM session on a virtual board; skips if it cannot run Python."""
    link = tmp_path / "vm-board"
    argv = shlex.split(VM_BOARD_CMD.format(link=link))
    if not Path(argv[0]).exists():
        pytest.skip("no VM board command: %s missing (cargo build -p upy-device --examples)" % argv[0])
    board = Board(argv, link)
    probe = board.mpremote("exec", "print(6 * 7)", timeout=20)
    if probe.returncode != 0 or probe.out.strip() != "42":
        board.stop()
        pytest.skip("the VM board does not run Python yet (%r)" % (probe.out + probe.err))
    yield board
    board.stop()


def require_vm_features(board, code, what):
    """Skip unless the VM board runs `code` (the interpreter is still growing)."""
    probe = board.mpremote("exec", code, timeout=20)
    if probe.returncode != 0:
        pytest.skip("needs %s in the VM: %s" % (what, (probe.out + probe.err).strip().splitlines()[-1:]))
