"""The real server over its real stdio, fed bytes no editor should send:
it answers what it can, logs the rest, and exits cleanly when told to."""

import json
import subprocess

from conftest import server_command


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def message(msg: dict) -> bytes:
    return frame(json.dumps(msg).encode())


def read_message(out) -> dict:
    length = 0
    while True:
        line = out.readline()
        assert line, "the server closed its output"
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode().partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    return json.loads(out.read(length))


def reply_to(out, id_: int) -> dict:
    while True:
        msg = read_message(out)
        if msg.get("id") == id_ and "method" not in msg:
            return msg


def test_malformed_frames_do_not_end_the_server():
    proc = subprocess.Popen(server_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        send = lambda b: (proc.stdin.write(b), proc.stdin.flush())  # noqa: E731
        send(frame(b"{not json"))
        send(b"garbage before a header")
        send(message({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}))
        assert reply_to(proc.stdout, 1)["result"]["serverInfo"]["name"] == "upy"
        send(message({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        send(message({"jsonrpc": "1.0", "id": 2, "method": "textDocument/hover"}))
        error = reply_to(proc.stdout, 2)["error"]
        assert error["code"] == -32600 and "could not read" in error["message"]
        send(message({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}))
        assert reply_to(proc.stdout, 3)["result"] is None
        # `exit` with stdin left open, as some editors do: the server must
        # not wait on a read of it.
        send(message({"jsonrpc": "2.0", "method": "exit"}))
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
