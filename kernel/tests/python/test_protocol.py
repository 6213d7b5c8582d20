"""The protocol, with a real client (jupyter_client): what
jupyter_kernel_test does not cover."""

from __future__ import annotations

import os
import time
from queue import Empty

import pytest
import zmq
from jupyter_client.session import Session

from conftest import FLAVOUR
from helpers import collect_outputs, flush, run, shell_reply, stdout


def test_kernel_info_describes_micropython(kernel):
    _, kc = kernel
    msg_id = kc.kernel_info()
    reply = shell_reply(kc, msg_id)["content"]
    info = reply["language_info"]
    assert reply["status"] == "ok"
    assert info["name"] == "micropython"
    assert info["mimetype"] == "text/x-python"
    assert info["file_extension"] == ".py"
    assert info["pygments_lexer"] == "python3"
    assert info["codemirror_mode"] == {"name": "python", "version": 3}
    assert reply["implementation"] == "upy"
    assert reply["protocol_version"].startswith("5.")
    assert "MicroPython" in reply["banner"]
    assert reply["help_links"]
    states = [m["content"]["execution_state"] for m in collect_outputs(kc, msg_id) if m["msg_type"] == "status"]
    assert states == ["busy", "idle"]


def test_busy_outputs_idle_in_order(kernel):
    _, kc = kernel
    msg_id = kc.execute("print('a')\n1+1")
    kinds = [m["msg_type"] for m in collect_outputs(kc, msg_id)]
    assert kinds == ["status", "execute_input", "stream", "execute_result", "status"]


def test_output_streams_while_the_cell_runs(kernel):
    _, kc = kernel
    code = "import time\nfor i in range(3):\n    print(i)\n    time.sleep(0.6)\n"
    msg_id = kc.execute(code)
    messages = collect_outputs(kc, msg_id, timeout=20)
    streams = [m for m in messages if m["msg_type"] == "stream"]
    idle = messages[-1]["_arrived"]
    assert "".join(m["content"]["text"] for m in streams) == "0\n1\n2\n"
    # The first line arrives long before the loop ends, each line on its own.
    assert idle - streams[0]["_arrived"] > 1.0
    assert len(streams) == 3
    assert streams[1]["_arrived"] - streams[0]["_arrived"] > 0.4


def test_a_flood_of_prints_arrives_complete_in_fewer_messages(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "for i in range(5000):\n    print(i)\n", timeout=60)
    assert reply["content"]["status"] == "ok"
    assert stdout(outputs) == "".join(f"{i}\n" for i in range(5000))
    assert len(outputs) < 5000


def interrupt_latency(km, kc) -> float:
    msg_id = kc.execute("while True:\n    pass\n")
    time.sleep(0.3)
    started = time.monotonic()
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id, timeout=5)
    latency = time.monotonic() - started
    outputs = collect_outputs(kc, msg_id)
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert [m["content"]["ename"] for m in outputs if m["msg_type"] == "error"] == ["KeyboardInterrupt"]
    return latency


def test_interrupt_stops_an_endless_loop_within_100ms(kernel):
    km, kc = kernel
    latencies = sorted(interrupt_latency(km, kc) for _ in range(3))
    print(f"interrupt latencies: {[f'{l * 1000:.1f} ms' for l in latencies]}")
    assert latencies[1] < 0.1
    reply, outputs = run(kc, "1+1")
    assert reply["content"]["status"] == "ok"
    assert outputs[0]["content"]["data"]["text/plain"] == "2"


def test_control_and_heartbeat_answer_during_an_endless_loop(kernel):
    km, kc = kernel
    msg_id = kc.execute("while True:\n    pass\n")
    time.sleep(0.2)
    # kernel_info on control
    request = kc.session.msg("kernel_info_request", {})
    kc.control_channel.send(request)
    reply = kc.control_channel.get_msg(timeout=1)
    assert reply["parent_header"]["msg_id"] == request["header"]["msg_id"]
    assert reply["content"]["language_info"]["name"] == "micropython"
    # heartbeat echo
    context = zmq.Context.instance()
    hb = context.socket(zmq.REQ)
    hb.linger = 0
    hb.connect(f"{km.transport}://{km.ip}:{km.hb_port}")
    hb.send(b"ping")
    assert hb.poll(1000), "no heartbeat during the loop"
    assert hb.recv() == b"ping"
    hb.close()
    km.interrupt_kernel()
    assert shell_reply(kc, msg_id)["content"]["ename"] == "KeyboardInterrupt"


def test_stdin_round_trip(kernel):
    _, kc = kernel
    msg_id = kc.execute("name = input('Who? ')\nprint('hi', name)", allow_stdin=True)
    request = kc.get_stdin_msg(timeout=5)
    assert request["msg_type"] == "input_request"
    assert request["content"] == {"prompt": "Who? ", "password": False}
    assert request["parent_header"]["msg_id"] == msg_id
    kc.input("Ada")
    assert shell_reply(kc, msg_id)["content"]["status"] == "ok"
    assert stdout(collect_outputs(kc, msg_id)) == "hi Ada\n"


def test_password_prompts(kernel):
    _, kc = kernel
    msg_id = kc.execute("from getpass import getpass\nsecret = getpass('Password: ')", allow_stdin=True)
    request = kc.get_stdin_msg(timeout=5)
    assert request["content"] == {"prompt": "Password: ", "password": True}
    kc.input("hunter2")
    assert shell_reply(kc, msg_id)["content"]["status"] == "ok"


def test_input_without_stdin_is_an_error(kernel):
    _, kc = kernel
    reply, _ = run(kc, "x = input('? ')", allow_stdin=False)
    assert reply["content"]["status"] == "error"


def test_interrupt_while_waiting_for_input(kernel):
    km, kc = kernel
    msg_id = kc.execute("x = input('? ')", allow_stdin=True)
    kc.get_stdin_msg(timeout=5)
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id, timeout=5)
    assert reply["content"]["ename"] == "KeyboardInterrupt"


def test_restart_gives_a_fresh_session(kernel):
    km, kc = kernel
    run(kc, "x = 5")
    assert run(kc, "x")[1][0]["content"]["data"]["text/plain"] == "5"
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=30)
    flush(kc)
    reply, _ = run(kc, "x")
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "NameError"


def test_shutdown_replies_and_exits(kernel):
    km, kc = kernel
    msg_id = kc.shutdown()
    reply = kc.control_channel.get_msg(timeout=5)
    assert reply["msg_type"] == "shutdown_reply"
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["restart"] is False
    deadline = time.monotonic() + 5
    while km.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not km.is_alive()


def test_shutdown_during_an_endless_loop(kernel):
    km, kc = kernel
    kc.execute("while True:\n    pass\n")
    time.sleep(0.2)
    kc.shutdown()
    reply = kc.control_channel.get_msg(timeout=5)
    assert reply["msg_type"] == "shutdown_reply"
    deadline = time.monotonic() + 5
    while km.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not km.is_alive()


def send_raw(km, session: Session, code: str, sign_with: bytes | None) -> str:
    context = zmq.Context.instance()
    sock = context.socket(zmq.DEALER)
    sock.linger = 0
    sock.connect(f"{km.transport}://{km.ip}:{km.shell_port}")
    msg = session.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                          "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    parts = [session.pack(msg["header"]), session.pack({}), session.pack({}), session.pack(msg["content"])]
    if sign_with is None:
        signature = b""
    else:
        signature = Session(key=sign_with).sign(parts)
    sock.send_multipart([b"<IDS|MSG>", signature] + parts)
    time.sleep(0.5)
    sock.close()
    return msg["header"]["msg_id"]


@pytest.mark.parametrize("sign_with", [b"not-the-key", None], ids=["wrong-key", "unsigned"])
def test_badly_signed_messages_are_ignored(kernel, sign_with):
    km, kc = kernel
    flush(kc)
    msg_id = send_raw(km, Session(key=b"attacker"), "print('should not run')", sign_with)
    with pytest.raises(Empty):
        while True:
            msg = kc.get_iopub_msg(timeout=0.5)
            assert msg["parent_header"].get("msg_id") != msg_id, f"kernel acted on it: {msg['msg_type']}"
    reply, outputs = run(kc, "print('still fine')")
    assert stdout(outputs) == "still fine\n"


def test_complete_counts_code_points(kernel):
    _, kc = kernel
    run(kc, "µs_total = 5")
    code = "é = µs"
    msg_id = kc.complete(code, len(code))
    content = shell_reply(kc, msg_id)["content"]
    assert content["status"] == "ok"
    assert "µs_total" in content["matches"]
    assert (content["cursor_start"], content["cursor_end"]) == (4, 6)


def test_complete_module_members_keywords_and_magics(kernel):
    _, kc = kernel
    run(kc, "import time")
    for code, expected in [("import time\ntime.sl", "sleep"), ("whi", "while"), ("%tim", "time")]:
        msg_id = kc.complete(code, len(code))
        assert expected in shell_reply(kc, msg_id)["content"]["matches"], code


def test_inspect(kernel):
    _, kc = kernel
    msg_id = kc.inspect("zip(a, b)", 1)
    content = shell_reply(kc, msg_id)["content"]
    assert content["found"] is True
    assert "zip" in content["data"]["text/plain"]
    msg_id = kc.inspect("no_such_name", 3)
    assert shell_reply(kc, msg_id)["content"]["found"] is False
    msg_id = kc.inspect("%time x", 2)
    assert "%time" in shell_reply(kc, msg_id)["content"]["data"]["text/plain"]


@pytest.mark.skipif(FLAVOUR != "vm", reason="the board stubs' signatures need the VM kernel")
def test_inspect_inside_a_call_shows_the_callee(kernel):
    _, kc = kernel
    run(kc, "import time, machine\np = machine.Pin(2, machine.Pin.OUT)")

    def shown(code):
        msg_id = kc.inspect(code, len(code))
        content = shell_reply(kc, msg_id)["content"]
        assert content["found"] is True, code
        return content["data"]["text/plain"]

    assert shown("print(").startswith("def print(*objects")
    assert shown("time.sleep(0.").startswith("def sleep(")
    # Shift+Tab in p.value( and p.value? both show the getter and the setter.
    for text in (shown("x = p.value("), shown("p.value")):
        assert "def value(self) -> int" in text and "def value(self, x: Any, /) -> None" in text, text


@pytest.mark.parametrize(
    "code,status,indent",
    [
        ("x = 1", "complete", None),
        ("for i in range(3):", "incomplete", "    "),
        ("if True:\n    for i in range(3):", "incomplete", "        "),
        ("x = [1,\n", "incomplete", ""),
        ("x = (1]", "invalid", None),
    ],
)
def test_is_complete(kernel, code, status, indent):
    _, kc = kernel
    msg_id = kc.is_complete(code)
    content = shell_reply(kc, msg_id)["content"]
    assert content["status"] == status
    if indent is not None:
        assert content["indent"] == indent


def test_history_of_this_session(kernel):
    _, kc = kernel
    for code in ["a = 1", "b = 2", "a + b"]:
        run(kc, code)
    msg_id = kc.history(hist_access_type="tail", n=2, output=True, raw=True)
    history = shell_reply(kc, msg_id)["content"]["history"]
    assert [entry[2] for entry in history] == [["b = 2", ""], ["a + b", "3"]]
    msg_id = kc.history(hist_access_type="search", pattern="a*", raw=True, output=False)
    assert [entry[2] for entry in shell_reply(kc, msg_id)["content"]["history"]] == ["a = 1", "a + b"]


def test_comms_are_listed_empty_and_refused(kernel):
    _, kc = kernel
    msg_id = kc.comm_info()
    assert shell_reply(kc, msg_id)["content"] == {"status": "ok", "comms": {}}
    msg = kc.session.msg("comm_open", {"comm_id": "c0ffee", "target_name": "jupyter.widget", "data": {}})
    kc.shell_channel.send(msg)
    closes = [m for m in collect_outputs(kc, msg["header"]["msg_id"]) if m["msg_type"] == "comm_close"]
    assert [m["content"]["comm_id"] for m in closes] == ["c0ffee"]


def test_execution_count_rules(kernel):
    _, kc = kernel
    first, _ = run(kc, "1")
    count = first["content"]["execution_count"]
    silent_id = kc.execute("2", silent=True)
    assert shell_reply(kc, silent_id)["content"]["execution_count"] == count
    silent_outputs = collect_outputs(kc, silent_id)
    assert [m["msg_type"] for m in silent_outputs] == ["status", "status"], "silent: no execute_input, no result"
    unstored, _ = run(kc, "3", store_history=False)
    assert unstored["content"]["execution_count"] == count
    stored, outputs = run(kc, "4")
    assert stored["content"]["execution_count"] == count + 1
    assert outputs[0]["content"]["execution_count"] == count + 1


def test_stop_on_error_aborts_queued_cells(kernel):
    _, kc = kernel
    # The failing cell takes a moment, so the next request is surely queued
    # behind it rather than racing it (an instant error could be answered
    # before the client has even sent the second request).
    failing = kc.execute("import time\ntime.sleep(0.3)\n1/0")
    queued = kc.execute("print('must not run')")
    assert shell_reply(kc, failing)["content"]["status"] == "error"
    aborted = shell_reply(kc, queued)["content"]
    assert aborted["status"] == "aborted"
    assert stdout(collect_outputs(kc, queued)) == ""
    # Later cells run again.
    reply, outputs = run(kc, "print('runs')")
    assert stdout(outputs) == "runs\n"


def test_without_stop_on_error_queued_cells_run(kernel):
    _, kc = kernel
    failing = kc.execute("1/0", stop_on_error=False)
    queued = kc.execute("print('runs anyway')")
    assert shell_reply(kc, failing)["content"]["status"] == "error"
    assert shell_reply(kc, queued)["content"]["status"] == "ok"


def test_user_expressions(kernel):
    _, kc = kernel
    reply, _ = run(kc, "x = 6", user_expressions={"double": "x*2", "broken": "1/0"})
    expressions = reply["content"]["user_expressions"]
    assert expressions["double"] == {"status": "ok", "data": {"text/plain": "12"}, "metadata": {}}
    assert expressions["broken"]["status"] == "error"
    assert expressions["broken"]["ename"] == "ZeroDivisionError"


def test_errors_have_micropython_tracebacks(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "x = 1\n1/0")
    error = outputs[0]["content"]
    assert error["ename"] == "ZeroDivisionError"
    assert error["traceback"][0] == "Traceback (most recent call last):"
    assert error["traceback"][1] == '  File "<stdin>", line 2, in <module>'
    assert error["traceback"][-1] == "ZeroDivisionError: divide by zero"


def test_sigint_interrupts_like_the_message(kernel):
    import signal

    km, kc = kernel
    msg_id = kc.execute("while True:\n    pass\n")
    time.sleep(0.3)
    os.kill(km.provisioner.process.pid, signal.SIGINT)
    reply = shell_reply(kc, msg_id, timeout=5)
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert km.is_alive()
    assert run(kc, "1+1")[0]["content"]["status"] == "ok"


def test_ipc_transport(tmp_path):
    from jupyter_client.manager import KernelManager

    from conftest import KERNEL_NAME

    km = KernelManager(kernel_name=KERNEL_NAME, transport="ipc", ip=str(tmp_path / "kernel-ipc"))
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=30)
        reply, outputs = run(kc, "print('over ipc')")
        assert stdout(outputs) == "over ipc\n"
    finally:
        kc.stop_channels()
        km.shutdown_kernel()


def test_an_orphaned_kernel_exits(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    from jupyter_client.connect import write_connection_file

    from conftest import kernel_argv

    connection_file, _ = write_connection_file(str(tmp_path / "kernel.json"))
    # A launcher that starts the kernel as jupyter_client does, and dies.
    launcher = (
        "import os, subprocess\n"
        "env = dict(os.environ, JPY_PARENT_PID=str(os.getpid()))\n"
        f"p = subprocess.Popen({json.dumps(kernel_argv())} + ['-f', {connection_file!r}], env=env,"
        " stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(p.pid)\n"
    )
    pid = int(subprocess.run([sys.executable, "-c", launcher], capture_output=True, text=True, check=True,
                             timeout=30).stdout)
    status = Path(f"/proc/{pid}/status")

    def running() -> bool:
        try:
            return "State:\tZ" not in status.read_text()  # a zombie has exited
        except FileNotFoundError:
            return False

    deadline = time.monotonic() + 10
    while running() and time.monotonic() < deadline:
        time.sleep(0.1)
    if running():
        os.kill(pid, 9)
        raise AssertionError("the orphaned kernel kept running")
