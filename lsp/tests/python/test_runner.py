"""The editor's board workflow through `upy lsp` with the real interpreter:
running on the simulated board and on a board behind a serial port (the
virtual board, `upy board`, on a pseudo-terminal), putting files, soft
resets and the pins picture: the commands the VS Code extension sends."""

import asyncio
import base64
import os
import subprocess
import time
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

REPO = Path(__file__).resolve().parents[3]
UPY = os.environ.get("UPY_BIN") or str(Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target")) / "debug" / "upy")
URI = "file:///tmp/upy-runner/main.py"
HIGH = "#2ecc71"


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[UPY, "lsp"]))
async def client(lsp_client: LanguageClient):
    options = {"board": "esp32", "port": None, "baudrate": 115200, "virtualTime": False}
    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=types.ClientCapabilities(), initialization_options=options)
    )
    lsp_client.init_result = result
    lsp_client.output = []
    lsp_client.feature("upy/output")(lambda params: lsp_client.output.append(params))
    yield
    await lsp_client.shutdown_session()


@pytest.fixture
def board(tmp_path):
    link = tmp_path / "board"
    proc = subprocess.Popen([UPY, "board", "--board", "esp32", "--link", str(link)], stdin=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while not link.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "upy board did not start"
        time.sleep(0.02)
    yield str(link)
    proc.kill()
    proc.wait()


async def command(client: LanguageClient, name: str, *args):
    return await client.workspace_execute_command_async(types.ExecuteCommandParams(command=name, arguments=list(args)))


async def run(client: LanguageClient, code: str, line: int = 0, target: str | None = None):
    args = {"uri": URI, "code": code, "line": line}
    if target:
        args["target"] = target
    client.output.clear()
    result = await command(client, "upy.runCell", args)
    await asyncio.sleep(0.1)  # the last output may trail the reply
    return result, "".join(o.text for o in client.output)


@pytest.mark.asyncio
async def test_the_board_commands_are_advertised(client: LanguageClient):
    commands = client.init_result.capabilities.execute_command_provider.commands
    for name in ["upy.runCell", "upy.putFile", "upy.resetTarget", "upy.pinsSvg", "upy.selectTarget", "upy.interrupt", "upy.releasePort"]:
        assert name in commands


@pytest.mark.asyncio
async def test_tracebacks_name_the_documents_lines(client: LanguageClient):
    result, out = await run(client, "print('before')\n1/0\n", line=4)
    assert out == "before\n"
    assert result["status"] == "error" and result["ename"] == "ZeroDivisionError"
    assert any("line 6" in line for line in result["traceback"]), result["traceback"]


@pytest.mark.asyncio
async def test_pins_show_what_the_last_run_did(client: LanguageClient):
    before = (await command(client, "upy.pinsSvg", {"board": "esp32"}))["svg"]
    assert before.startswith("<svg") and "GPIO2" in before
    result, _ = await run(client, "from machine import Pin\nPin(2, Pin.OUT).value(1)\n")
    assert result["status"] == "ok"
    after = (await command(client, "upy.pinsSvg", {"board": None}))["svg"]
    assert HIGH in after and after != before


@pytest.mark.asyncio
async def test_put_file_writes_the_simulated_flash(client: LanguageClient):
    data = bytes(range(256)) * 4
    await command(client, "upy.putFile", {"path": "/lib/blob.bin", "contentBase64": base64.b64encode(data).decode()})
    await command(client, "upy.putFile", {"path": "/lib/util.py", "contentBase64": base64.b64encode(b"K = 42\n").decode()})
    result, out = await run(client, "import util\nb = open('/lib/blob.bin', 'rb').read()\nprint(util.K, len(b), b[:3] == bytes([0, 1, 2]))\n")
    assert result["status"] == "ok", result
    assert out == "42 1024 True\n"


@pytest.mark.asyncio
async def test_bad_upload_is_an_error_and_nothing_is_lost(client: LanguageClient):
    await run(client, "kept = 7\n")
    with pytest.raises(Exception, match="base64"):
        await command(client, "upy.putFile", {"path": "/x.py", "contentBase64": "not base64!"})
    _, out = await run(client, "print(kept)\n")
    assert out == "7\n"


@pytest.mark.asyncio
async def test_soft_reset_clears_globals_and_keeps_files(client: LanguageClient):
    await command(client, "upy.putFile", {"path": "/keep.txt", "contentBase64": base64.b64encode(b"flash").decode()})
    await run(client, "secret = 5\n")
    reply = await command(client, "upy.resetTarget")
    assert "esp32" in reply["target"]
    result, _ = await run(client, "print(secret)\n")
    assert result["status"] == "error" and result["ename"] == "NameError"
    _, out = await run(client, "print(open('/keep.txt').read())\n")
    assert out == "flash\n"


@pytest.mark.asyncio
async def test_reset_stops_a_running_program(client: LanguageClient):
    running = asyncio.ensure_future(run(client, "while True:\n    pass\n"))
    await asyncio.sleep(0.5)
    reply = await command(client, "upy.resetTarget")
    assert "esp32" in reply["target"]
    result, _ = await asyncio.wait_for(running, 10)
    assert result["ename"] == "KeyboardInterrupt"


@pytest.mark.asyncio
async def test_run_on_board_without_a_port_says_how_to_pick_one(client: LanguageClient):
    result, _ = await run(client, "print(1)\n", target="board")
    assert result["status"] == "error"
    assert "Select Target" in result["evalue"]


@pytest.mark.asyncio
async def test_a_board_on_a_serial_port(client: LanguageClient, board: str):
    await run(client, "where = 'local'\n")
    chosen = await command(client, "upy.selectTarget", {"board": None, "port": board, "baudrate": 115200, "virtualTime": False})
    assert board in chosen["target"]

    result, out = await run(client, "where = 'board'\nfor i in range(3):\n    print(i)\n")
    assert result["status"] == "ok" and out == "0\n1\n2\n"

    # The board's exception is an error with the board's traceback.
    result, _ = await run(client, "def f():\n    raise ValueError('on the board')\nf()\n")
    assert result["status"] == "error" and result["ename"] == "ValueError"
    assert result["evalue"] == "on the board"
    assert any("in f" in line for line in result["traceback"]), result["traceback"]

    # "Stop" reaches the board, and the connection stays usable.
    running = asyncio.ensure_future(run(client, "while True:\n    pass\n"))
    await asyncio.sleep(0.5)
    await command(client, "upy.interrupt")
    result, _ = await asyncio.wait_for(running, 10)
    assert result["ename"] == "KeyboardInterrupt"

    data = os.urandom(3000)
    await command(client, "upy.putFile", {"path": "/data/blob.bin", "contentBase64": base64.b64encode(data).decode()})
    _, out = await run(client, "import binascii\nprint(binascii.hexlify(open('/data/blob.bin', 'rb').read()).decode())\n")
    assert out.strip() == data.hex()

    # The "Run cell" lens still runs locally while a board is selected.
    _, out = await run(client, "print(where)\n", target="local")
    assert out == "local\n"
    _, out = await run(client, "print(where)\n", target="board")
    assert out == "board\n"

    # A REPL terminal can have the port; the next run takes it back.
    await command(client, "upy.releasePort")
    _, out = await run(client, "print(where)\n")
    assert out == "board\n"

    reply = await command(client, "upy.resetTarget")
    assert board in reply["target"]
    result, _ = await run(client, "print(where)\n")
    assert result["ename"] == "NameError"

    # Back to the simulated board, whose globals survived.
    chosen = await command(client, "upy.selectTarget", {"board": "esp32", "port": None, "baudrate": 115200, "virtualTime": False})
    assert "esp32" in chosen["target"]
    _, out = await run(client, "print(where)\n")
    assert out == "local\n"


@pytest.mark.asyncio
async def test_a_wrong_port_is_reported_and_the_target_kept(client: LanguageClient):
    await run(client, "kept = 1\n")
    with pytest.raises(Exception, match="no-such-port"):
        await command(client, "upy.selectTarget", {"target": "/dev/no-such-port"})
    _, out = await run(client, "print(kept)\n")
    assert out == "1\n"


# A board on Wi-Fi: `upy board --webrepl` serves the simulated board's
# WebREPL on localhost; the server takes the password from its environment.
WEBREPL_PASSWORD = os.environ.setdefault("UPY_WEBREPL_PASSWORD", "lsp-test")


@pytest.fixture
def webrepl_board(tmp_path):
    proc = subprocess.Popen(
        [UPY, "board", "--link", str(tmp_path / "wboard"), "--webrepl", "0", "--password", WEBREPL_PASSWORD],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    proc.stdout.readline()  # the pseudo-terminal
    url = proc.stdout.readline().decode().strip()
    assert url.startswith("ws://127.0.0.1:"), proc.stderr.read()
    yield url
    proc.kill()
    proc.wait()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[UPY, "lsp"]))
async def progress_client(lsp_client: LanguageClient):
    """A client that shows progress the server starts (window.workDoneProgress)."""
    capabilities = types.ClientCapabilities(window=types.WindowClientCapabilities(work_done_progress=True))
    await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities))
    lsp_client.output = []
    lsp_client.feature("upy/output")(lambda params: lsp_client.output.append(params))
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_a_board_over_webrepl_with_upload_progress(progress_client: LanguageClient, webrepl_board: str):
    client = progress_client
    chosen = await command(client, "upy.selectTarget", {"board": None, "port": webrepl_board, "baudrate": None, "virtualTime": False})
    assert webrepl_board in chosen["target"]
    result, out = await run(client, "import sys\nprint('wifi', sys.platform)\n")
    assert result["status"] == "ok" and out == "wifi esp32\n"
    data = os.urandom(6000)
    reply = await command(client, "upy.putFile", {"path": "lib/blob.bin", "contentBase64": base64.b64encode(data).decode()})
    assert reply == {"path": "lib/blob.bin"}
    _, out = await run(client, "print(len(open('lib/blob.bin', 'rb').read()))\n")
    assert out == "6000\n"
    (reports,) = client.progress_reports.values()
    assert isinstance(reports[0], types.WorkDoneProgressBegin) and reports[0].title == "Uploading lib/blob.bin"
    assert isinstance(reports[-1], types.WorkDoneProgressEnd)
    percentages = [r.percentage for r in reports if isinstance(r, types.WorkDoneProgressReport)]
    assert percentages and percentages[-1] == 100 and percentages == sorted(percentages)
