"""Hostile input with a real client: a replayed message runs once, and cells
that would crash a careless VM end in a Python exception while the kernel
lives on."""

from __future__ import annotations

import time
from queue import Empty

import pytest
import zmq

from conftest import FLAVOUR
from helpers import flush, run, stdout


def _signed_execute(km, code: str) -> tuple[list[bytes], str]:
    """The frames of a correctly signed execute_request, with the kernel's key."""
    session = km.session
    msg = session.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                          "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    parts = [session.pack(msg["header"]), session.pack({}), session.pack({}), session.pack(msg["content"])]
    return [b"<IDS|MSG>", session.sign(parts)] + parts, msg["header"]["msg_id"]


def _iopub_for(kc, msg_id: str, quiet: float = 1.5) -> list[dict]:
    """Every IOPub message answering `msg_id` until none came for `quiet` s."""
    out = []
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=quiet)
        except Empty:
            return out
        if msg["parent_header"].get("msg_id") == msg_id:
            out.append(msg)


def test_a_replayed_message_runs_once(kernel):
    km, kc = kernel
    flush(kc)
    frames, msg_id = _signed_execute(km, "print('ran')")
    sock = zmq.Context.instance().socket(zmq.DEALER)
    sock.linger = 0
    sock.connect(f"{km.transport}://{km.ip}:{km.shell_port}")
    try:
        sock.send_multipart(frames)
        # The same bytes again: a capture replayed, or a client resending.
        time.sleep(0.3)
        sock.send_multipart(frames)
        replies = 0
        while sock.poll(1500):
            sock.recv_multipart()
            replies += 1
    finally:
        sock.close()
    messages = _iopub_for(kc, msg_id)
    ran = [m for m in messages if m["msg_type"] == "stream"]
    inputs = [m for m in messages if m["msg_type"] == "execute_input"]
    assert stdout(ran) == "ran\n", messages
    assert len(inputs) == 1
    assert replies == 1
    # The kernel goes on answering fresh messages.
    reply, outputs = run(kc, "print('after')")
    assert reply["content"]["status"] == "ok"
    assert stdout(outputs) == "after\n"


HOSTILE_CELLS = [
    ("a=[1]; a.append(a); b=[1]; b.append(b); a == b", "RuntimeError"),
    ("x = []\ny = []\nfor i in range(200000):\n    x = [x]\n    y = [y]\nx == y", "RuntimeError"),
    ("class A:\n    def __init__(self):\n        return [1]\nA()", "TypeError"),
    ("d = {}\nd[1] = d\nrepr(d)", "RuntimeError"),
]


@pytest.mark.skipif(FLAVOUR != "vm", reason="needs the MicroPython VM")
@pytest.mark.parametrize("code, ename", HOSTILE_CELLS, ids=["selfref-eq", "deep-compare", "init-returns", "selfref-repr"])
def test_hostile_cells_raise_and_the_kernel_lives_on(kernel, code, ename):
    _, kc = kernel
    reply, _ = run(kc, code, timeout=60)
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == ename
    reply, outputs = run(kc, "print(1 + 1)")
    assert stdout(outputs) == "2\n"
