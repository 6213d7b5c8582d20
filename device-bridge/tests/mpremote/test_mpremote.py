"""The official MicroPython client, mpremote, unchanged, against the virtual
board on a pseudo-terminal."""

import os
import pty
import select
import subprocess
import sys
import time

import pytest

from conftest import require_vm_features

FS_PROBE = "import os\nos.ilistdir('/')\nos.stat('/')\nf = open('probe.txt', 'wb')\nf.write(b'x')\nf.close()\nos.remove('probe.txt')"


def test_exec_prints_output(start_board):
    board = start_board()
    result = board.mpremote("exec", "print('hello from the board')", check=True)
    assert result.out == "hello from the board\n"


def test_exec_error_exits_1_with_the_traceback(start_board):
    board = start_board()
    result = board.mpremote("exec", "print('before')\nraise ValueError('broken')")
    assert result.returncode == 1
    text = result.out + result.err
    assert "before\n" in text
    assert 'Traceback (most recent call last):\n  File "<stdin>", line 2, in <module>\nValueError: broken' in text


def test_run_a_file(start_board, tmp_path):
    board = start_board()
    script = tmp_path / "prog.py"
    script.write_text("print('from a file')\nprint(42)\n")
    result = board.mpremote("run", str(script), check=True)
    assert result.out == "from a file\n42\n"


def test_soft_reset_on_connect_and_resume(start_board):
    board = start_board()
    board.mpremote("exec", "x = 'kept'", check=True)
    # `resume` skips mpremote's soft reset: state survives.
    assert board.mpremote("resume", "exec", "print(x)", check=True).out == "kept\n"
    # A plain connection soft-resets first: state is gone.
    result = board.mpremote("exec", "print(x)")
    assert result.returncode == 1
    assert "NameError" in result.out + result.err


@pytest.mark.parametrize("support", ["enabled", "unknown"])
def test_raw_paste_and_old_firmware_fallback(start_board, support):
    board = start_board(raw_paste=support)
    code = "".join("print('line %d')\n" % i for i in range(200))  # several windows
    result = board.mpremote("exec", code, check=True)
    assert result.out == "".join("line %d\n" % i for i in range(200))


def test_repl_passthrough(start_board):
    board = start_board()
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mpremote", "connect", board.link, "repl"],
        stdin=slave, stdout=slave, stderr=slave, close_fds=True,
    )
    os.close(slave)

    def read_until(needle, timeout=10):
        got = b""
        deadline = time.monotonic() + timeout
        while needle not in got and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    got += os.read(master, 4096)
                except OSError:
                    break
        return got

    try:
        assert b"Connected to MicroPython" in read_until(b"exit this shell")
        # mpremote switches its terminal to raw mode just after that line;
        # until then the terminal itself would turn Enter into a newline.
        for _ in range(20):
            os.write(master, b"\r")
            if read_until(b">>> ", timeout=0.5).endswith(b">>> "):
                break
        else:
            pytest.fail("no prompt through mpremote repl")
        os.write(master, b"print('typed at the prompt')\r")
        assert b"typed at the prompt\r\n>>> " in read_until(b"prompt')\r\ntyped at the prompt\r\n>>> ")
        os.write(master, b"\x1d")  # Ctrl-]
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)


# File transfer: the board's interpreter is the CPython TEST DOUBLE here,
# since mpremote's fs commands send Python that the script double cannot run.

def test_fs_cp_binary_round_trip(start_board, tmp_path):
    board = start_board("cpython")
    data = os.urandom(64 * 1024)
    local = tmp_path / "data.bin"
    local.write_bytes(data)
    board.mpremote("fs", "cp", str(local), ":data.bin", check=True)
    assert (board.flash / "data.bin").read_bytes() == data
    back = tmp_path / "back.bin"
    board.mpremote("fs", "cp", ":data.bin", str(back), check=True)
    assert back.read_bytes() == data


def test_fs_ls_mkdir_cat_rm(start_board, tmp_path):
    board = start_board("cpython")
    board.mpremote("fs", "mkdir", ":lib", check=True)
    src = tmp_path / "m.py"
    src.write_text("print('m')\n")
    board.mpremote("fs", "cp", str(src), ":lib/m.py", check=True)
    listing = board.mpremote("fs", "ls", ":lib", check=True).out
    assert "11 m.py" in listing
    assert board.mpremote("fs", "cat", ":lib/m.py", check=True).out == "print('m')\n"
    board.mpremote("fs", "rm", ":lib/m.py", check=True)
    board.mpremote("fs", "rmdir", ":lib", check=True)
    assert "lib" not in board.mpremote("fs", "ls", check=True).out


# The same against the VM session (skipping what the VM cannot do yet).

def test_vm_exec(vm_board):
    assert vm_board.mpremote("exec", "print(6 * 7 + 3)", check=True).out == "45\n"


def test_vm_fs_round_trip(vm_board, tmp_path):
    require_vm_features(vm_board, FS_PROBE, "os (ilistdir, stat, remove) and open")
    data = os.urandom(200 * 1024)
    local = tmp_path / "data.bin"
    local.write_bytes(data)
    vm_board.mpremote("fs", "cp", str(local), ":data.bin", check=True)
    assert "204800 data.bin" in vm_board.mpremote("fs", "ls", check=True).out
    back = tmp_path / "back.bin"
    vm_board.mpremote("fs", "cp", ":data.bin", str(back), check=True)
    assert back.read_bytes() == data


def test_vm_run_and_traceback(vm_board, tmp_path):
    script = tmp_path / "prog.py"
    script.write_text("def f(x):\n    return 1 / x\nprint('start')\nf(0)\n")
    result = vm_board.mpremote("run", str(script))
    assert result.returncode == 1
    text = result.out + result.err
    assert "start\n" in text
    assert "ZeroDivisionError: divide by zero" in text
