"""Kernelspec install/uninstall as Jupyter sees it: `upy kernel install`
(or the dev kernel's `install`, which calls the same library function)."""

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
    command = kernel_argv()  # `upy kernel` or `upy-kernel-dev`: both take install/uninstall
    env = dict(os.environ, JUPYTER_PATH=str(tmp_path / "share" / "jupyter"))
    out = subprocess.run(command + ["install", "--prefix", str(tmp_path), "--name", "upy-install-test"],
                         capture_output=True, text=True, check=True).stdout
    spec_dir = tmp_path / "share" / "jupyter" / "kernels" / "upy-install-test"
    assert str(spec_dir) in out
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
    subprocess.run(command + ["uninstall", "--prefix", str(tmp_path), "--name", "upy-install-test"], check=True,
                   capture_output=True)
    assert "upy-install-test" not in kernelspecs(env)
    assert not spec_dir.exists()


def test_default_name_is_micropython(tmp_path):
    command = kernel_argv()
    if not command[-1] == "kernel":
        import pytest

        pytest.skip("the dev kernel installs as upy-dev; `upy kernel install` as micropython")
    subprocess.run(command + ["install", "--prefix", str(tmp_path)], capture_output=True, check=True)
    spec = json.loads((tmp_path / "share" / "jupyter" / "kernels" / "micropython" / "kernel.json").read_text())
    assert spec["argv"][1:] == ["kernel", "-f", "{connection_file}"]
