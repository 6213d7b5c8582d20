"""The kernel on a board: %connect and the board magics, through a real
client, against `upy board` (the simulated board served on a
pseudo-terminal, speaking MicroPython's REPL as a board does).

The board is a separate process, so these tests can kill it mid-run and
start it again. The binary comes from UPY_BIN (as .ci/run sets it), else
$CARGO_TARGET_DIR/debug/upy.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import pty
import signal
import subprocess
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

import pytest

from conftest import FLAVOUR, REPO
from helpers import collect_outputs, run, shell_reply, stdout

pytestmark = pytest.mark.skipif(
    FLAVOUR != "vm", reason="board tests run once, with the VM kernel (the local session is real Python there)"
)

UPY_BIN = os.environ.get("UPY_BIN") or str(Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "debug" / "upy")
# The boards these tests start are registered (for %ports and `auto`) in a
# runtime folder of their own, which the kernels they start share: boards
# of other programs on this machine are not theirs to find.
os.environ["UPY_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="upy-kernel-tests-")
WEBREPL_PASSWORD = "kernel1"


class VirtualBoard:
    """`upy board --link LINK` as a child process."""

    def __init__(self, link: Path, *args: str):
        self.link = link
        self.args = args
        self.proc = None
        self.webrepl = None

    def start(self):
        if self.link.is_symlink():
            self.link.unlink()  # a killed board leaves its link behind
        self.proc = subprocess.Popen(
            [UPY_BIN, "board", "--link", str(self.link), *self.args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 15
        while not self.link.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"`upy board` did not start: {self.proc.stderr.read().decode(errors='replace')}")
            time.sleep(0.02)
        if "--webrepl" in self.args:
            self.proc.stdout.readline()  # the pseudo-terminal
            self.webrepl = self.proc.stdout.readline().decode().strip()
        return self

    def kill(self):
        """The board vanishes, as an unplugged one does."""
        self.proc.kill()
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def board(tmp_path):
    b = VirtualBoard(tmp_path / "board").start()
    yield b
    b.stop()


@pytest.fixture
def connected(kernel, board):
    """A kernel whose cells run on the virtual board."""
    km, kc = kernel
    reply, outputs = run(kc, f'%connect "{board.link}"', timeout=20)
    assert reply["content"]["status"] == "ok", outputs
    assert stdout(outputs).startswith(f"Connected to the board on {board.link}")
    return km, kc, board


def errors(outputs):
    return [m["content"] for m in outputs if m["msg_type"] == "error"]


def results(outputs):
    return [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]


def test_cells_run_on_the_board_with_output_streamed(connected):
    _, kc, _ = connected
    msg_id = kc.execute("import time\nfor i in range(3):\n    print('tick', i)\n    time.sleep(0.4)\n")
    # Read as they come (arrival times are stamped when read).
    outputs = collect_outputs(kc, msg_id, timeout=20)
    assert shell_reply(kc, msg_id)["content"]["status"] == "ok"
    ticks = [m for m in outputs if m["msg_type"] == "stream"]
    assert "".join(m["content"]["text"] for m in ticks) == "tick 0\ntick 1\ntick 2\n"
    # Streamed: the first tick arrived well before the loop ended.
    assert ticks[-1]["_arrived"] - ticks[0]["_arrived"] > 0.6
    reply, outputs = run(kc, "6 * 7")
    assert results(outputs) == ["42"]
    # The cell really ran on the board: the simulated session has no `i`.
    reply, outputs = run(kc, "%%local\ni")
    assert reply["content"]["ename"] == "NameError"


def test_a_board_exception_is_an_error_reply_with_the_board_traceback(connected):
    _, kc, _ = connected
    reply, outputs = run(kc, "def f():\n    return 1 // 0\nprint('before')\nf()\n")
    content = reply["content"]
    assert content["status"] == "error"
    assert content["ename"] == "ZeroDivisionError"
    assert content["traceback"] == [
        "Traceback (most recent call last):",
        '  File "<stdin>", line 4, in <module>',
        '  File "<stdin>", line 2, in f',
        "ZeroDivisionError: divide by zero",
    ]
    assert stdout(outputs) == "before\n"
    assert errors(outputs)[0]["ename"] == "ZeroDivisionError"
    reply, outputs = run(kc, "print('still here')")
    assert stdout(outputs) == "still here\n"


def test_the_kernels_interrupt_stops_the_boards_program(connected):
    km, kc, _ = connected
    msg_id = kc.execute("n = 0\nwhile True:\n    n += 1\n")
    time.sleep(1.0)
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id, timeout=15)
    collect_outputs(kc, msg_id)
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    # The board ran the loop (its globals have `n`) and is usable again.
    reply, outputs = run(kc, "print(n > 0)")
    assert stdout(outputs) == "True\n"


def test_input_on_the_board_is_asked_of_the_notebook(connected):
    _, kc, _ = connected
    msg_id = kc.execute("name = input('Who? ')\nprint('hi', name)", allow_stdin=True)
    request = kc.get_stdin_msg(timeout=10)
    assert request["msg_type"] == "input_request"
    assert request["content"]["prompt"] == "Who? "
    kc.input("Ada")
    assert shell_reply(kc, msg_id, timeout=15)["content"]["status"] == "ok"
    assert stdout(collect_outputs(kc, msg_id)) == "hi Ada\n"


def test_local_and_board_sessions_keep_their_own_globals(kernel, board):
    _, kc = kernel
    run(kc, "where = 'local'")
    reply, _ = run(kc, f'%connect "{board.link}"', timeout=20)
    assert reply["content"]["status"] == "ok"
    run(kc, "where = 'board'")
    reply, _ = run(kc, "%pins")
    assert reply["content"]["ename"] == "UsageError"
    assert "%local switches back" in reply["content"]["evalue"]
    _, outputs = run(kc, "%%local\nprint(where)")
    assert stdout(outputs) == "local\n"
    _, outputs = run(kc, "print(where)")
    assert stdout(outputs) == "board\n", "%%local ran one cell only"
    _, outputs = run(kc, "%local\nprint(where)")
    assert stdout(outputs).endswith("local\n")
    _, outputs = run(kc, "%%board\nprint(where)")
    assert stdout(outputs) == "board\n"
    _, outputs = run(kc, "%connect\nprint(where)")
    assert stdout(outputs).endswith("board\n"), "%connect without a port returns to the board"
    reply, outputs = run(kc, "%disconnect")
    assert stdout(outputs).startswith(f"Disconnected from the board on {board.link}")
    _, outputs = run(kc, "print(where)")
    assert stdout(outputs) == "local\n"
    reply, _ = run(kc, "%%board\nprint(where)")
    assert reply["content"]["ename"] == "UsageError"
    # Disconnected, the board is free for other programs (and connects again).
    reply, outputs = run(kc, f'%connect "{board.link}"\nprint(where)', timeout=20)
    assert stdout(outputs).endswith("board\n")


def test_softreset_clears_the_boards_globals(connected):
    _, kc, _ = connected
    run(kc, "%%local\nkept = 1")
    run(kc, "gone = 1")
    reply, outputs = run(kc, "%softreset")
    assert reply["content"]["status"] == "ok"
    assert stdout(outputs) == "Soft reset done.\n"
    reply, _ = run(kc, "gone")
    assert reply["content"]["ename"] == "NameError"
    reply, outputs = run(kc, "%%local\nkept")
    assert results(outputs) == ["1"], "the local session was not reset"


def test_hardreset_restarts_the_board_and_reconnects(connected):
    _, kc, _ = connected
    run(kc, "gone = 1")
    reply, outputs = run(kc, "%hardreset", timeout=20)
    assert reply["content"]["status"] == "ok", outputs
    assert "Hard reset done" in stdout(outputs)
    reply, _ = run(kc, "gone")
    assert reply["content"]["ename"] == "NameError"
    _, outputs = run(kc, "import machine\nprint(machine.reset_cause() == machine.HARD_RESET)")
    assert stdout(outputs) == "True\n"


def test_hardreset_of_the_simulated_board(kernel):
    _, kc = kernel
    run(kc, "gone = 1")
    reply, outputs = run(kc, "%hardreset")
    assert reply["content"]["status"] == "ok"
    assert stdout(outputs) == "Hard reset done.\n"
    reply, _ = run(kc, "gone")
    assert reply["content"]["ename"] == "NameError"
    _, outputs = run(kc, "import machine\nmachine.reset_cause() == machine.HARD_RESET")
    assert results(outputs) == ["True"]


def test_files_go_onto_the_board_and_back(connected, tmp_path):
    _, kc, _ = connected
    source = tmp_path / "blink.py"
    source.write_text("print('hello from the board')\n")
    reply, outputs = run(kc, f'%put "{source}" lib/blink.py', timeout=20)
    assert reply["content"]["status"] == "ok", outputs
    _, outputs = run(kc, "%ls lib")
    assert stdout(outputs) == "      30  blink.py\n"
    _, outputs = run(kc, "%cat lib/blink.py")
    assert stdout(outputs) == "print('hello from the board')\n"
    _, outputs = run(kc, "import sys\nsys.path.append('lib')\nimport blink")
    assert stdout(outputs) == "hello from the board\n"
    # Binary-safe, in several chunks.
    data = bytes(range(256)) * 40
    (tmp_path / "data.bin").write_bytes(data)
    reply, outputs = run(kc, f'%put "{tmp_path / "data.bin"}" data.bin', timeout=30)
    assert reply["content"]["status"] == "ok", outputs
    _, outputs = run(kc, "print(len(open('data.bin', 'rb').read()))")
    assert stdout(outputs) == f"{len(data)}\n"
    copy = tmp_path / "copy.bin"
    reply, _ = run(kc, f'%get data.bin "{copy}"', timeout=30)
    assert reply["content"]["status"] == "ok"
    assert copy.read_bytes() == data
    # The files are on the board, not on the simulated board's flash.
    _, outputs = run(kc, "%%local\n%ls")
    assert "data.bin" not in stdout(outputs)
    reply, outputs = run(kc, "%cat missing.py")
    assert reply["content"]["status"] == "error"
    assert "ENOENT" in reply["content"]["evalue"]


def test_a_vanishing_board_is_a_clear_error_and_the_kernel_carries_on(connected):
    _, kc, board = connected
    msg_id = kc.execute("while True:\n    pass\n")
    time.sleep(1.0)
    board.kill()
    reply = shell_reply(kc, msg_id, timeout=15)
    collect_outputs(kc, msg_id)
    content = reply["content"]
    assert content["status"] == "error"
    assert content["ename"] == "ConnectionError"
    assert "disconnected" in content["evalue"], content["evalue"]
    assert any("The kernel is still running" in line for line in content["traceback"])
    # The kernel is alive, and the local session with it.
    _, outputs = run(kc, "%%local\nprint('local is fine')")
    assert stdout(outputs) == "local is fine\n"
    # While the port is gone, a board cell says so instead of hanging.
    reply, _ = run(kc, "print('nobody there')", timeout=15)
    assert reply["content"]["ename"] == "ConnectionError"
    assert "cannot open" in reply["content"]["evalue"]
    # The port is back: the next cell reconnects by itself.
    board.start()
    reply, outputs = run(kc, "print('back again')", timeout=20)
    assert stdout(outputs) == "back again\n", outputs
    # And so does an explicit %connect, after the board restarts again.
    board.kill()
    board.start()
    reply, outputs = run(kc, f'%connect "{board.link}"\nprint("connected again")', timeout=20)
    assert stdout(outputs).endswith("connected again\n"), outputs


def test_connecting_to_nothing_says_what_is_wrong(kernel, tmp_path):
    _, kc = kernel
    reply, outputs = run(kc, f"%connect {tmp_path / 'no-such-port'}", timeout=20)
    assert reply["content"]["ename"] == "ConnectionError"
    assert "no such port" in reply["content"]["evalue"]
    # A serial port with no MicroPython behind it: a bare pseudo-terminal.
    master, slave = pty.openpty()
    try:
        reply, outputs = run(kc, f"%connect {os.ttyname(slave)}", timeout=30)
    finally:
        os.close(master)
        os.close(slave)
    assert reply["content"]["ename"] == "ConnectionError"
    assert "no response from" in reply["content"]["evalue"]
    # `auto` with no USB serial port on the machine (as on CI runners).
    if not Path("/dev/serial/by-id").exists():
        reply, _ = run(kc, "%connect", timeout=20)
        assert reply["content"]["ename"] == "ConnectionError"
        assert reply["content"]["evalue"].startswith("no serial port found")
    reply, _ = run(kc, "%connect --baud fast")
    assert reply["content"]["ename"] == "UsageError"
    # Still local, still working.
    _, outputs = run(kc, "print('local')")
    assert stdout(outputs) == "local\n"


def test_ports_lists_the_serial_ports(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "%ports", timeout=20)
    assert reply["content"]["status"] == "ok"
    text = stdout(outputs)
    assert text.startswith("PORT ") or text.startswith("No serial ports found"), text


def test_completion_on_the_board_uses_its_live_names(connected):
    _, kc, _ = connected
    run(kc, "board_only_name = 1")
    msg_id = kc.complete("board_o", 7)
    reply = shell_reply(kc, msg_id)
    assert "board_only_name" in reply["content"]["matches"]


def test_help_lists_the_board_commands(kernel):
    _, kc = kernel
    _, outputs = run(kc, "%help")
    text = stdout(outputs)
    for name in ["connect", "disconnect", "local", "ports", "softreset", "hardreset"]:
        assert f"%{name} " in text or f"%%{name} " in text or f"%/%%{name} " in text, name
    _, outputs = run(kc, "%help connect")
    assert stdout(outputs).startswith("%connect [PORT|auto|ws://HOST:8266] [--baud N] [--password PW]")


def test_connect_to_a_webrepl_over_the_network(kernel, tmp_path):
    _, kc = kernel
    board = VirtualBoard(tmp_path / "wboard", "--webrepl", "0", "--password", WEBREPL_PASSWORD).start()
    try:
        reply, outputs = run(kc, f"%connect {board.webrepl} --password wrong", timeout=20)
        assert reply["content"]["ename"] == "ConnectionError"
        assert "WebREPL refused the password" in reply["content"]["evalue"]
        reply, outputs = run(kc, f"%connect {board.webrepl} --password {WEBREPL_PASSWORD}", timeout=20)
        assert reply["content"]["status"] == "ok", outputs
        assert stdout(outputs).startswith(f"Connected to the board on {board.webrepl}")
        _, outputs = run(kc, "import sys\nwhere = 'wifi'\nprint(sys.platform, where)")
        assert stdout(outputs) == "esp32 wifi\n"
        source = tmp_path / "over_the_air.py"
        source.write_text("print('put over WebREPL')\n")
        reply, outputs = run(kc, f'%put "{source}" over_the_air.py', timeout=20)
        assert reply["content"]["status"] == "ok", outputs
        _, outputs = run(kc, "import over_the_air")
        assert stdout(outputs) == "put over WebREPL\n"
        run(kc, "%disconnect")
    finally:
        board.stop()


def test_connect_asks_the_notebook_for_the_webrepl_password(kernel, tmp_path):
    _, kc = kernel
    board = VirtualBoard(tmp_path / "wboard", "--webrepl", "0", "--password", WEBREPL_PASSWORD).start()
    try:
        msg_id = kc.execute(f"%connect {board.webrepl}", allow_stdin=True)
        request = kc.get_stdin_msg(timeout=10)
        assert request["content"]["password"] is True
        assert request["content"]["prompt"] == f"WebREPL password for {board.webrepl}: "
        kc.input(WEBREPL_PASSWORD)
        assert shell_reply(kc, msg_id, timeout=20)["content"]["status"] == "ok"
        _, outputs = run(kc, "print('asked and in')")
        assert stdout(outputs) == "asked and in\n"
        run(kc, "%disconnect")
    finally:
        board.stop()


def test_put_shows_its_progress_as_one_display_updated_in_place(connected, tmp_path):
    _, kc, _ = connected
    data = tmp_path / "data.bin"
    data.write_bytes(os.urandom(12_000))
    reply, outputs = run(kc, f'%put "{data}" data.bin', timeout=30)
    assert reply["content"]["status"] == "ok"
    shown = [m for m in outputs if m["msg_type"] == "display_data"]
    updates = [m for m in outputs if m["msg_type"] == "update_display_data"]
    assert len(shown) == 1
    display_id = shown[0]["content"]["transient"]["display_id"]
    assert updates and all(m["content"]["transient"]["display_id"] == display_id for m in updates)
    assert updates[-1]["content"]["data"]["text/plain"] == "put data.bin: 100% (12000 of 12000 bytes)"
    assert "<progress" in updates[-1]["content"]["data"]["text/html"]
    assert stdout(outputs) == f"Copied {data} to data.bin (12000 bytes)\n"


@pytest.fixture
def index(tmp_path):
    """A package index laid out as micropython-lib's, served on localhost."""
    root = tmp_path / "index"

    def add(path, body):
        file = root / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(body)

    short = hashlib.sha256(b"def wave():\n    return 'hello from the index'\n").hexdigest()[:8]
    add(f"file/{short[:2]}/{short}", b"def wave():\n    return 'hello from the index'\n")
    add("package/py/waver/latest.json", json.dumps({"hashes": [["waver.py", short]], "version": "1.0"}).encode())
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_mip_installs_onto_the_connected_board_and_the_simulated_one(connected, index):
    _, kc, _ = connected
    reply, outputs = run(kc, f"%mip install waver --index {index}", timeout=30)
    assert reply["content"]["status"] == "ok", outputs
    assert f"Installing waver (latest) from {index} to /lib" in stdout(outputs)
    _, outputs = run(kc, "import waver\nprint(waver.wave())")
    assert stdout(outputs) == "hello from the index\n"
    # The simulated board's flash is another place.
    reply, outputs = run(kc, f"%%local\n%mip install waver --index {index}\nimport waver\nprint(waver.wave())", timeout=30)
    assert reply["content"]["status"] == "ok", outputs
    assert stdout(outputs).endswith("Done\nhello from the index\n")
    reply, _ = run(kc, f"%mip install no-such-thing --index {index}", timeout=30)
    assert reply["content"]["ename"] == "OSError"
    assert "package not found: no-such-thing" in reply["content"]["evalue"]
