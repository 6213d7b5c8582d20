"""Kernelspec install/uninstall as Jupyter sees it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import kernel_argv


def kernelspecs(env) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "jupyter_client.kernelspecapp", "list", "--json"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out)["kernelspecs"]


def test_install_is_listed_by_jupyter_and_uninstall_removes_it(tmp_path):
    binary = kernel_argv()[0]
    if not binary.endswith("upy-kernel-dev"):
        import pytest

        pytest.skip("the dev kernel's install subcommand is what this drives")
    env = dict(os.environ, JUPYTER_PATH=str(tmp_path / "share" / "jupyter"))
    out = subprocess.run([binary, "install", "--prefix", str(tmp_path), "--name", "upy-install-test"],
                         capture_output=True, text=True, check=True).stdout.strip()
    spec_dir = tmp_path / "share" / "jupyter" / "kernels" / "upy-install-test"
    assert out == str(spec_dir)
    specs = kernelspecs(env)
    assert "upy-install-test" in specs
    spec = specs["upy-install-test"]["spec"]
    assert spec["display_name"] == "MicroPython (upy)"
    assert spec["language"] == "python"
    assert spec["interrupt_mode"] == "message"
    assert spec["argv"][-2:] == ["-f", "{connection_file}"]
    assert os.path.isabs(spec["argv"][0])
    for logo in ["logo-32x32.png", "logo-64x64.png", "logo-svg.svg"]:
        assert (spec_dir / logo).is_file()
    subprocess.run([binary, "uninstall", "--prefix", str(tmp_path), "--name", "upy-install-test"], check=True,
                   capture_output=True)
    assert "upy-install-test" not in kernelspecs(env)
    assert not spec_dir.exists()
