"""The server as an editor sees it: stdio, JSON-RPC, real LSP messages."""

import asyncio

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

URI = "file:///tmp/upy-test/main.py"


async def open_and_wait(client: LanguageClient, text: str, uri: str = URI) -> list[types.Diagnostic]:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
        )
    )
    await wait_diagnostics(client, uri)
    return list(client.diagnostics[uri])


async def wait_diagnostics(client: LanguageClient, uri: str):
    for _ in range(50):
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if uri in client.diagnostics:
            return


def codes(diags) -> list[str]:
    return [d.code for d in diags]


@pytest.mark.asyncio
async def test_micropython_diagnostics(client: LanguageClient):
    text = (
        "# board: esp32\n"
        "import machine\n"
        "import threading\n"
        "led = machine.Pin(2, machine.Pin.OUT, pull=1, foo=3)\n"
        "bad = machine.Pinn\n"
        "print(led, bad, threading, nope)\n"
    )
    diags = await open_and_wait(client, text)
    assert codes(diags) == ["MPY201", "MPY301", "MPY302", "MPY101"]
    by_code = {d.code: d for d in diags}
    # micropython-lib packages threading: the note says how to install it.
    assert "mip install threading" in by_code["MPY201"].message
    foo = by_code["MPY301"].range
    assert (foo.start.line, foo.start.character, foo.end.character) == (3, 46, 49)


@pytest.mark.asyncio
async def test_incremental_edit_updates_diagnostics(client: LanguageClient):
    diags = await open_and_wait(client, "x = 1\nprint(y)\n")
    assert codes(diags) == ["MPY101"]
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=1)),
                    text="y",
                )
            ],
        )
    )
    for _ in range(20):
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if not client.diagnostics[URI]:
            break
    assert list(client.diagnostics[URI]) == []


@pytest.mark.asyncio
async def test_completion_after_dot_lists_pin_methods(client: LanguageClient):
    await open_and_wait(client, "import machine\nled = machine.Pin(2, machine.Pin.OUT)\nled.")
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=2, character=4)
        )
    )
    items = result.items if isinstance(result, types.CompletionList) else result
    labels = {i.label: i for i in items}
    for name in ("on", "off", "value"):
        assert name in labels
    assert labels["value"].kind == types.CompletionItemKind.Method


@pytest.mark.asyncio
async def test_hover_and_signature_help(client: LanguageClient):
    await open_and_wait(client, "import time\ntime.sleep_ms(")
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=1, character=7))
    )
    assert "sleep_ms" in hover.contents.value
    sig = await client.text_document_signature_help_async(
        types.SignatureHelpParams(
            text_document=types.TextDocumentIdentifier(uri=URI), position=types.Position(line=1, character=14)
        )
    )
    assert sig.signatures[0].label.startswith("sleep_ms(")
    assert sig.active_parameter == 0


@pytest.mark.asyncio
async def test_utf8_positions_when_offered(utf8_client: LanguageClient):
    assert utf8_client.init_result.capabilities.position_encoding == "utf-8"
    diags = await open_and_wait(utf8_client, "s = 'é😀'; print(nope)\n")
    # `nope` starts after 4 + 2 + 4 + 1 + 9 bytes of the line.
    assert diags[0].range.start.character == len("s = 'é😀'; print(".encode())


@pytest.mark.asyncio
async def test_run_cell_command(client: LanguageClient):
    await open_and_wait(client, "# %%\nprint(1)\n")
    lenses = await client.text_document_code_lens_async(
        types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    assert [lens.command.title for lens in lenses] == ["▶ Run cell", "Run cell on board"]
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="upy.runCell", arguments=lenses[0].command.arguments)
    )
    assert result["status"] == "ok"
