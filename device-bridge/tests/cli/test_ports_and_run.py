"""`upy ports` lists running simulated boards, `--port auto` finds them,
and `upy run --port` behaves as `mpremote run`: a soft reset first (or
not, with --no-soft-reset), the same output, whatever the board does when
the port opens."""

import json
import os
import signal
import subprocess
import time

import pytest

from conftest import UPY


def ports_json(upy):
    return json.loads(upy("ports", "--json", check=True).out)


def test_ports_lists_a_running_board_and_forgets_it_when_it_stops(start_board, upy):
    board = start_board("--board", "rp2")
    listed = [p for p in ports_json(upy) if p["simulated"]]
    assert listed == [
        {
            "path": board.link,
            "vid": None,
            "pid": None,
            "usb_id": None,
            "serial_number": None,
            "manufacturer": None,
            "product": None,
            "description": "upy board (simulated rp2)",
            "candidate": True,
            "simulated": "rp2",
            "webrepl": None,
        }
    ]
    text = upy("ports", check=True).out
    assert "* %s" % board.link in text and "upy board (simulated rp2)" in text
    board.stop()
    assert [p for p in ports_json(upy) if p["simulated"]] == []


def test_a_killed_boards_entry_is_dropped(start_board, upy, env):
    board = start_board()
    board.kill()  # no chance to clean up
    os.unlink(board.link)
    assert [p for p in ports_json(upy) if p["simulated"]] == []
    assert os.listdir(os.path.join(env["UPY_RUNTIME_DIR"], "boards")) == []


def test_auto_picks_the_only_board_and_lists_several(start_board, upy):
    first = start_board()
    result = upy("run", "--port", "auto", "-c", "print('found', 6 * 7)", check=True)
    assert result.out == "found 42\n"
    second = start_board()
    result = upy("run", "--port", "auto", "-c", "pass")
    assert result.returncode == 1
    assert "several serial ports could be a board" in result.err
    assert first.link in result.err and second.link in result.err


def test_run_soft_resets_first_as_mpremote_does(start_board, upy, mpremote):
    board = start_board()
    upy("run", "--port", board.link, "-c", "x = 'left over'", check=True)
    ours = upy("run", "--port", board.link, "-c", "print(x)")
    upy("run", "--port", board.link, "-c", "x = 'left over'", check=True)
    theirs = mpremote("connect", board.link, "exec", "print(x)")
    assert ours.returncode == 1 and theirs.returncode == 1
    assert "NameError: name 'x' isn't defined" in ours.err
    assert "NameError: name 'x' isn't defined" in theirs.out + theirs.err
    # --no-soft-reset keeps the state, as `mpremote resume` does.
    upy("run", "--port", board.link, "-c", "x = 'kept'", check=True)
    assert upy("run", "--port", board.link, "--no-soft-reset", "-c", "print(x)", check=True).out == "kept\n"
    assert mpremote("connect", board.link, "resume", "exec", "print(x)").out == "kept\n"


PROGRAMS = {
    "globals.py": "counter = 0\ndef bump():\n    global counter\n    counter += 1\nbump(); bump()\nprint('counter', counter)\n",
    "uses_globals.py": "try:\n    print(counter)\nexcept NameError as e:\n    print('fresh', e)\n",
    "modules.py": "import sys\nsys.modules['mine'] = type(sys)('mine')\nprint('mine' in sys.modules)\n",
    "modules_again.py": "import sys\nprint('mine' in sys.modules)\n",
    "error.py": "def f(n):\n    return 10 // n\nprint(f(2))\nprint(f(0))\n",
    "unicode.py": "print('héllo wörld', len('héllo'))\n",
}


def test_programs_back_to_back_print_what_mpremote_prints(start_board, upy, mpremote, tmp_path):
    board = start_board()
    for name, code in PROGRAMS.items():
        path = tmp_path / name
        path.write_text(code)
        ours = upy("run", "--port", board.link, str(path))
        theirs = mpremote("connect", board.link, "run", str(path))
        assert ours.returncode == theirs.returncode, name
        # mpremote prints a board's traceback on stdout, upy on stderr
        # (naming the file as a local run does).
        assert ours.out + ours.err.replace('File "%s"' % path, 'File "<stdin>"') == theirs.out + theirs.err, name


@pytest.mark.parametrize("quirks", ["slow", "chatty", "reset", "slow,chatty,reset"])
def test_boards_that_misbehave_on_open(start_board, upy, mpremote, quirks):
    board = start_board("--quirks", quirks)
    for _ in range(2):
        result = upy("run", "--port", board.link, "-c", "print('through', 'it')", timeout=30)
        assert (result.returncode, result.out, result.err) == (0, "through it\n", "")
    if "reset" not in quirks:
        # The same board through mpremote, for reference. (mpremote sends
        # its Ctrl-A once: a board that drops it while booting leaves
        # mpremote with "could not enter raw repl".)
        theirs = mpremote("connect", board.link, "exec", "print('through', 'it')", timeout=30)
        assert theirs.out.endswith("through it\n"), theirs.out + theirs.err


def test_a_board_unplugged_mid_run_is_a_clear_error_at_once(start_board, env):
    board = start_board()
    proc = subprocess.Popen(
        [UPY, "run", "--port", board.link, "-c", "print('running')\nwhile True:\n    pass\n"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout.readline() == b"running\n"
    killed = time.monotonic()
    board.kill()
    proc.wait(timeout=10)
    noticed = time.monotonic() - killed
    err = proc.stderr.read().decode()
    assert proc.returncode == 1
    assert "disconnected while running code" in err, err
    assert noticed < 1.0, noticed


def test_ctrl_c_interrupts_the_boards_program(start_board, env):
    board = start_board()
    proc = subprocess.Popen(
        [UPY, "run", "--port", board.link, "-c", "print('looping')\nwhile True:\n    pass\n"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout.readline() == b"looping\n"
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=10)
    assert proc.returncode == 1
    assert "KeyboardInterrupt" in proc.stderr.read().decode()
