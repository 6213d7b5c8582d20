"""Black-box tests of the language server over stdio with pytest-lsp.

The server command comes from UPY_LSP_CMD (default: `target/debug/upy lsp`,
built by `cargo build -p upy`).
"""

import os
import shlex
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

REPO = Path(__file__).resolve().parents[3]


def server_command() -> list[str]:
    cmd = os.environ.get("UPY_LSP_CMD")
    if cmd:
        return shlex.split(cmd)
    target = os.environ.get("CARGO_TARGET_DIR", str(REPO / "target"))
    return [str(Path(target) / "debug" / "upy"), "lsp"]


def config() -> ClientServerConfig:
    return ClientServerConfig(server_command=server_command(), server_env=dict(os.environ))


@pytest_lsp.fixture(config=config())
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities()))
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=config())
async def utf8_client(lsp_client: LanguageClient):
    caps = types.ClientCapabilities(general=types.GeneralClientCapabilities(position_encodings=["utf-8", "utf-16"]))
    result = await lsp_client.initialize_session(types.InitializeParams(capabilities=caps))
    lsp_client.init_result = result
    yield
    await lsp_client.shutdown_session()
