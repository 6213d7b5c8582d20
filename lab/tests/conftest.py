"""Kernels for the lab's tests: `upy kernel` (UPY_BIN, default the debug
build) started by jupyter_client with a lab's limits in its environment, as
a student's server starts it."""

import json
import os
import pathlib
import tempfile

import sys

import pytest
from jupyter_client.manager import start_new_kernel

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "lab"))
UPY = os.environ.get("UPY_BIN", str(ROOT / "target" / "debug" / "upy"))


@pytest.fixture
def lab_kernel():
    """start(**limits) -> (manager, client), with UPY_* variables set."""
    started = []
    tmp = tempfile.TemporaryDirectory()

    def start(**env):
        spec = pathlib.Path(tmp.name) / "kernels" / "upy-lab"
        spec.mkdir(parents=True, exist_ok=True)
        (spec / "kernel.json").write_text(
            json.dumps({"argv": [UPY, "kernel", "-f", "{connection_file}"], "display_name": "upy", "language": "python",
                        "interrupt_mode": "message"})
        )
        os.environ["JUPYTER_PATH"] = tmp.name
        full = dict(os.environ, **{k: str(v) for k, v in env.items()})
        km, kc = start_new_kernel(kernel_name="upy-lab", env=full, startup_timeout=60)
        started.append((km, kc))
        return km, kc

    yield start
    for km, kc in started:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    tmp.cleanup()


def run(kc, code, timeout=60):
    """Run a cell; returns (reply content, stdout, stderr, error output or None)."""
    msg_id = kc.execute(code)
    out, err, error = [], [], None
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream":
            (out if content["name"] == "stdout" else err).append(content["text"])
        elif kind == "error":
            error = content
        elif kind == "status" and content["execution_state"] == "idle":
            break
    reply = kc.get_shell_msg(timeout=timeout)["content"]
    return reply, "".join(out), "".join(err), error
