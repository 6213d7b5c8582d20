"""Headless Neovim as the editor host of a `# %%` file: the server's
diagnostics appear, and a cell run through its code lens prints."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import server_command

HERE = Path(__file__).resolve().parent

SOURCE = """# %% set up
import time
time.sleep_ms('x')

# %% the cell the test runs
import sys
total = sum(range(7))
print("cell says", total * 2, "on", sys.platform)
"""


@pytest.mark.skipif(shutil.which("nvim") is None, reason="needs Neovim (Debian package neovim)")
def test_neovim_runs_a_cell_and_sees_a_diagnostic(tmp_path: Path):
    src = tmp_path / "cells.py"
    src.write_text(SOURCE)
    # The board setting is "auto" (Neovim sends none): runs go to the board upy.toml names.
    (tmp_path / "upy.toml").write_text('board = "rp2"\n')
    out = tmp_path / "result.json"
    env = {
        **os.environ,
        "UPY_LSP_CMD_NVIM": "\t".join(server_command()),
        "UPY_NVIM_FILE": str(src),
        "UPY_NVIM_OUT": str(out),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    proc = subprocess.run(
        ["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-c", f"luafile {HERE / 'nvim_cells.lua'}"],
        env=env,
        timeout=90,
        check=False,
        capture_output=True,
        text=True,
    )
    assert out.exists(), proc.stderr
    result = json.loads(out.read_text())

    # The argument-type check on line 3 (`time.sleep_ms('x')`), quoting the stub.
    assert result.get("got_diagnostics"), result
    flagged = [d for d in result["diagnostics"] if d["line"] == 2]
    assert flagged and "sleep_ms" in flagged[0]["message"], result

    # Two lenses per cell; the second cell's local one ran.
    assert result["lens_titles"].count("▶ Run cell") == 2, result
    assert result["ran"]["line"] == 4, result
    assert result["run_error"] is None, result
    printed = "".join(o["text"] for o in result["output"] if o["stream"] == "stdout")
    assert "cell says 42 on rp2" in printed, result
