"""Stubs the user installed (typings/, or a venv's site-packages, as Pylance
users set up) fill in the modules the board's stubs lack."""

import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import config

WORKSPACE = Path(tempfile.mkdtemp(prefix="upy-user-stubs-"))
(WORKSPACE / "typings").mkdir()
(WORKSPACE / "typings" / "pyb.pyi").write_text('"""The pyboard."""\ndef delay(ms: int, /) -> None:\n    """Wait."""\n')
SITE = WORKSPACE / ".venv" / "lib" / "python3.12" / "site-packages" / "ssd1306"
SITE.mkdir(parents=True)
(SITE / "__init__.pyi").write_text("class SSD1306_I2C:\n    def __init__(self, width: int, height: int, i2c: object) -> None: ...\n")


@pytest_lsp.fixture(config=config())
async def client(lsp_client: LanguageClient):
    params = types.InitializeParams(
        capabilities=types.ClientCapabilities(),
        workspace_folders=[types.WorkspaceFolder(uri=WORKSPACE.as_uri(), name="ws")],
    )
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio
async def test_modules_from_typings_and_the_venv(client: LanguageClient):
    uri = (WORKSPACE / "main.py").as_uri()
    text = "# board: esp32\nimport pyb\nimport ssd1306\nimport nosuchmodule\npyb.delay('x')\nprint(ssd1306.SSD1306_I2C)\n"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
        )
    )
    for _ in range(50):
        if uri in client.diagnostics:
            break
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    diags = client.diagnostics[uri]
    flagged = {(d.range.start.line, d.code) for d in diags}
    # pyb and ssd1306 come from the user's stubs; the unknown module does not
    assert not any(line in (1, 2) for line, _ in flagged), diags
    assert (3, "MPY201") in flagged or any(line == 3 for line, _ in flagged), diags
    # and their signatures are checked like the board's
    assert (4, "MPY304") in flagged, diags
