"""What a person sees in a terminal: `upy repl --board esp32` (the
simulated board's REPL, as the editor's "Open Board REPL" runs it), and
`upy fs put`'s progress bar; an interrupted put leaves no half file."""

import os
import pty
import select
import signal
import subprocess
import time

from conftest import UPY


def in_terminal(argv, env):
    master, slave = pty.openpty()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    return proc, master


def read_until(master, needle, timeout=15):
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


def test_repl_on_the_simulated_board(env):
    proc, master = in_terminal([UPY, "repl", "--board", "esp32"], env)
    try:
        assert b">>> " in read_until(master, b">>> ")
        os.write(master, b"import sys\r")
        read_until(master, b">>> ")
        os.write(master, b"print(sys.platform, 6 * 7)\r")
        assert b"esp32 42\r\n>>> " in read_until(master, b"esp32 42\r\n>>> ")
        os.write(master, b"\x1d")  # Ctrl-]
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)


def test_put_shows_a_bar_in_a_terminal_and_nothing_in_a_pipe(start_board, upy, env, tmp_path):
    board = start_board()
    data = tmp_path / "data.bin"
    data.write_bytes(os.urandom(20_000))
    proc, master = in_terminal([UPY, "fs", "--port", board.link, "put", str(data), "/data.bin"], env)
    try:
        shown = read_until(master, b"100%", timeout=60)
        assert proc.wait(timeout=60) == 0
    finally:
        os.close(master)
    assert b"put /data.bin [" in shown and b"100% 20000/20000 bytes" in shown
    piped = upy("fs", "--port", board.link, "put", str(data), "/again.bin", check=True)
    assert piped.err == "" and piped.out == ""


def test_an_interrupted_put_leaves_no_half_file(start_board, upy, env, tmp_path):
    board = start_board()
    data = tmp_path / "big.bin"
    # Large enough that the upload is still going when it is killed, on an
    # idle machine too (the link moves about 400 KB a second).
    data.write_bytes(os.urandom(1_500_000))
    proc = subprocess.Popen([UPY, "fs", "--port", board.link, "put", str(data), "/big.bin"], env=env)
    time.sleep(0.5)
    assert proc.poll() is None, "the upload was still going"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    listing = upy("fs", "--port", board.link, "ls", "/", check=True).out
    assert "big.bin\n" not in listing, listing
