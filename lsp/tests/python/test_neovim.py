"""Headless Neovim as the client: open a file, get diagnostics, complete."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import server_command

HERE = Path(__file__).resolve().parent

SOURCE = """import machine
import threading
led = machine.Pin(2, machine.Pin.OUT)
print(threading, undefined_name)
led."""


@pytest.mark.skipif(shutil.which("nvim") is None, reason="needs Neovim (Debian package neovim)")
def test_neovim_gets_diagnostics_and_completion(tmp_path: Path):
    src = tmp_path / "main.py"
    src.write_text(SOURCE)
    out = tmp_path / "result.json"
    env = {
        **os.environ,
        "UPY_LSP_CMD_NVIM": "\t".join(server_command()),
        "UPY_NVIM_FILE": str(src),
        "UPY_NVIM_OUT": str(out),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    subprocess.run(
        ["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-c", f"luafile {HERE / 'nvim_client.lua'}"],
        env=env,
        timeout=60,
        check=False,
        capture_output=True,
    )
    result = json.loads(out.read_text())
    assert result.get("got_diagnostics"), result
    codes = sorted(d["code"] for d in result["diagnostics"])
    assert "MPY201" in codes and "MPY101" in codes, result
    assert {"on", "off", "value"} <= set(result["completion"]), result
