"""Small helpers for talking to a kernel with jupyter_client."""

from __future__ import annotations

import time
from queue import Empty
from typing import Any


def collect_outputs(kc, msg_id: str, timeout: float = 10) -> list[dict[str, Any]]:
    """IOPub messages answering `msg_id`, up to and including its idle status,
    each stamped with its arrival time in `_arrived`."""
    deadline = time.monotonic() + timeout
    messages = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"no idle status for {msg_id} within {timeout}s")
        try:
            msg = kc.get_iopub_msg(timeout=remaining)
        except Empty:
            continue
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        msg["_arrived"] = time.monotonic()
        messages.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return messages


def shell_reply(kc, msg_id: str, timeout: float = 10) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        msg = kc.get_shell_msg(timeout=max(0.01, deadline - time.monotonic()))
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def run(kc, code: str, timeout: float = 10, **kwargs) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Execute `code`; return (reply, outputs without status/execute_input)."""
    msg_id = kc.execute(code, **kwargs)
    reply = shell_reply(kc, msg_id, timeout)
    outputs = collect_outputs(kc, msg_id, timeout)
    return reply, [m for m in outputs if m["msg_type"] not in ("status", "execute_input")]


def stdout(outputs) -> str:
    return "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


def flush(kc) -> None:
    for channel in (kc.shell_channel, kc.iopub_channel):
        while True:
            try:
                channel.get_msg(timeout=0.05)
            except Empty:
                break
