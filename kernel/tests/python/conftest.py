"""Shared setup for the kernel's tests with real Jupyter clients.

The kernel under test is chosen by environment variables, so the same tests
run against the development kernel (a test-double target) today and against
`upy kernel` on the VM later:

  UPY_KERNEL_ARGV     the command that starts the kernel, before
                      `-f {connection_file}` (default: the dev kernel,
                      target*/debug/examples/upy-kernel-dev)
  UPY_KERNEL_FLAVOUR  `dev` (the test double) or `vm` (real MicroPython);
                      selects the samples that only real Python answers.

A kernelspec named `upy-test` pointing at that command is written into a
temporary Jupyter path for the session.
"""

from __future__ import annotations

import json
import os
import shlex
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
KERNEL_NAME = "upy-test"
FLAVOUR = os.environ.get("UPY_KERNEL_FLAVOUR", "dev")


def _default_argv() -> list[str]:
    target_dir = os.environ.get("CARGO_TARGET_DIR", str(REPO / "target"))
    return [str(Path(target_dir) / "debug" / "examples" / "upy-kernel-dev")]


def kernel_argv() -> list[str]:
    argv = os.environ.get("UPY_KERNEL_ARGV")
    return shlex.split(argv) if argv else _default_argv()


def _install_kernelspec() -> Path:
    root = Path(tempfile.mkdtemp(prefix="upy-kernel-tests-"))
    spec_dir = root / "kernels" / KERNEL_NAME
    spec_dir.mkdir(parents=True)
    spec = {
        "argv": kernel_argv() + ["-f", "{connection_file}"],
        "display_name": "MicroPython (upy, under test)",
        "language": "python",
        "interrupt_mode": "message",
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec))
    return root


# Set before jupyter_client looks anything up (jupyter_kernel_test's classes
# start their kernels at class setup, by name).
_JUPYTER_ROOT = _install_kernelspec()
os.environ["JUPYTER_PATH"] = str(_JUPYTER_ROOT)
os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")


def pytest_report_header(config):
    return f"upy kernel under test: {shlex.join(kernel_argv())} (flavour {FLAVOUR})"


@pytest.fixture
def kernel():
    """A fresh kernel and a ready client; shut down afterwards."""
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=30)
    try:
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=not km.is_alive())


@pytest.fixture(scope="module")
def shared_kernel():
    """One kernel for a module's read-only tests."""
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=30)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel()
