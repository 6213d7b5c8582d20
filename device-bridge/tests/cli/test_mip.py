"""`upy mip install` from a package index this test serves on localhost,
laid out as micropython-lib's (package descriptions by .mpy version,
files by hash), onto the simulated board."""

import hashlib
import http.server
import json
import threading
from functools import partial

import pytest


@pytest.fixture
def index(tmp_path):
    root = tmp_path / "index"

    def add(path, body):
        file = root / path.lstrip("/")
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(body)

    def add_hashed(body):
        short = hashlib.sha256(body).hexdigest()[:8]
        add("file/%s/%s" % (short[:2], short), body)
        return short

    hello = add_hashed(b"def hello():\n    return 'hello from greet'\n")
    init = add_hashed(b"from greet.hello import hello\n")
    colours = add_hashed(b"RED = (255, 0, 0)\n")
    add("package/py/greet/latest.json", json.dumps(
        {"hashes": [["greet/__init__.py", init], ["greet/hello.py", hello]], "deps": [["colours", "latest"]], "version": "1.0"}
    ).encode())
    add("package/py/colours/latest.json", json.dumps({"hashes": [["colours.py", colours]], "version": "0.1"}).encode())
    add("drivers/blink.py", b"def blink():\n    return 'blink'\n")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield "http://127.0.0.1:%d" % server.server_port
    server.shutdown()


def test_packages_and_their_dependencies_go_into_lib(start_board, upy, index):
    board = start_board()
    result = upy("mip", "install", "greet", "--port", board.link, "--index", index, check=True)
    assert "Installing greet (latest) from %s to /lib" % index in result.out
    assert "Installing: /lib/greet/hello.py" in result.out
    assert "Installing: /lib/colours.py" in result.out
    code = "from greet import hello\nimport colours\nprint(hello(), colours.RED)"
    assert upy("run", "--port", board.link, "-c", code, check=True).out == "hello from greet (255, 0, 0)\n"
    # Installed again: the files on the board have the index's hashes.
    again = upy("mip", "install", "greet", "--port", board.link, "--index", index, check=True)
    assert "Exists: /lib/greet/hello.py" in again.out and "Installing:" not in again.out


def test_a_file_url_into_a_target_folder_and_a_missing_package(start_board, upy, index):
    board = start_board()
    url = index + "/drivers/blink.py"
    upy("mip", "install", url, "--target", "/apps", "--port", board.link, "--index", index, check=True)
    code = "import sys\nsys.path.append('/apps')\nimport blink\nprint(blink.blink())"
    assert upy("run", "--port", board.link, "-c", code, check=True).out == "blink\n"
    missing = upy("mip", "install", "no-such-package", "--port", board.link, "--index", index)
    assert missing.returncode == 1
    assert "package not found: no-such-package (latest)" in missing.err
