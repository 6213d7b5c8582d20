"""JupyterLab in headless Chromium opens a notebook on this kernel, runs it,
and sees output, the SVG board picture and completion (playwright-core)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import KERNEL_NAME, REPO

BROWSER_TEST = REPO / "kernel" / "tests" / "browser"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SHOTS = REPO / "test-output" / "kernel"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM}"
    if shutil.which("node") is None:
        return "no node"
    if not (BROWSER_TEST / "node_modules" / "playwright-core").is_dir():
        return "playwright-core not installed (npm ci in kernel/tests/browser)"
    try:
        import jupyterlab  # noqa: F401
    except ImportError:
        return "jupyterlab not installed"
    return None


def test_jupyterlab_runs_a_notebook_on_this_kernel(tmp_path):
    if reason := missing():
        if os.environ.get("UPY_REQUIRE_BROWSER_TEST"):
            pytest.fail(reason)
        pytest.skip(reason)
    notebook = {
        "cells": [
            {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
             "source": "print('hello from upy')"},
            {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": "%pins"},
            {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": ""},
        ],
        "metadata": {"kernelspec": {"name": KERNEL_NAME, "display_name": "MicroPython (upy)", "language": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    (tmp_path / "lab-test.ipynb").write_text(json.dumps(notebook))
    port, token = free_port(), "upy-test-token"
    log = open(tmp_path / "jupyterlab.log", "w")
    lab = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}", "--ip=127.0.0.1",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={tmp_path}", "--LabApp.expose_app_in_browser=True",
         "--ServerApp.disable_check_xsrf=True", "--allow-root"],
        stdout=log, stderr=subprocess.STDOUT, text=True,
        env=dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "config"), JUPYTER_RUNTIME_DIR=str(tmp_path / "runtime")),
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline or lab.poll() is not None:
                    raise AssertionError("JupyterLab did not start:\n" + (tmp_path / "jupyterlab.log").read_text())
                time.sleep(0.3)
        browser = subprocess.run(
            ["node", str(BROWSER_TEST / "jupyterlab.mjs"), f"{base}/lab?token={token}", "lab-test.ipynb", str(SHOTS)],
            capture_output=True, text=True, timeout=240,
        )
        print(browser.stdout, browser.stderr)
        assert browser.returncode == 0, browser.stdout + browser.stderr
        assert (SHOTS / "jupyterlab.png").is_file()
    finally:
        lab.terminate()
        try:
            lab.wait(timeout=10)
        except subprocess.TimeoutExpired:
            lab.kill()
        log.close()
