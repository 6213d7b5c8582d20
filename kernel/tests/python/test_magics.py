"""Notebook commands (%magics) through a real client."""

from __future__ import annotations

import re
import time

from conftest import FLAVOUR
from helpers import run, stdout


def errors(outputs):
    return [m["content"] for m in outputs if m["msg_type"] == "error"]


def displays(outputs):
    return [m["content"]["data"] for m in outputs if m["msg_type"] == "display_data"]


def test_help_lists_every_command_and_shows_usage(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "%help")
    text = stdout(outputs)
    for name in ["board", "reset", "time", "virtualtime", "pins", "scope", "ls", "cat", "put", "get", "clear"]:
        assert re.search(rf"%{name}\b", text), name
    _, outputs = run(kc, "%help time")
    assert stdout(outputs).startswith("%time STATEMENT")


def test_unknown_commands_and_bad_arguments_are_usage_errors(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "%frobnicate")
    assert reply["content"]["ename"] == "UsageError"
    reply, outputs = run(kc, "%virtualtime sideways")
    assert reply["content"]["ename"] == "UsageError"
    assert any("%virtualtime [on|off]" in line for line in errors(outputs)[0]["traceback"])


def test_time_reports_wall_and_board_time(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "%time 1+2")
    assert "Wall time:" in stdout(outputs)
    assert "Board time:" in stdout(outputs)
    results = [m for m in outputs if m["msg_type"] == "execute_result"]
    assert results[0]["content"]["data"]["text/plain"] == "3"


def test_virtual_time_makes_sleep_instant_on_the_board_clock(kernel):
    _, kc = kernel
    run(kc, "%virtualtime on")
    started = time.monotonic()
    reply, outputs = run(kc, "%%time\nimport time\ntime.sleep(5)\n")
    assert time.monotonic() - started < 3
    assert "Board time: 5.00 s" in stdout(outputs)
    _, outputs = run(kc, "%virtualtime")
    assert stdout(outputs) == "Virtual time is on.\n"
    run(kc, "%reset")
    _, outputs = run(kc, "%virtualtime")
    assert stdout(outputs) == "Virtual time is on.\n", "the setting survives a soft reset"
    run(kc, "import machine\nmachine.reset()\n")
    _, outputs = run(kc, "%virtualtime")
    assert stdout(outputs) == "Virtual time is on.\n", "the setting survives machine.reset()"
    run(kc, "%board rp2")
    _, outputs = run(kc, "%virtualtime")
    assert stdout(outputs) == "Virtual time is on.\n", "the setting survives reset and board switch"


def test_board_switch_starts_a_fresh_session(kernel):
    _, kc = kernel
    run(kc, "x = 1")
    reply, outputs = run(kc, "%board rp2")
    assert reply["content"]["status"] == "ok"
    assert "rp2" in stdout(outputs)
    reply, _ = run(kc, "x")
    assert reply["content"]["ename"] == "NameError"
    reply, _ = run(kc, "%board pdp11")
    assert reply["content"]["ename"] == "UsageError"


def test_reset_clears_globals(kernel):
    _, kc = kernel
    run(kc, "y = 2")
    reply, _ = run(kc, "%reset\ny")
    assert reply["content"]["ename"] == "NameError"


def test_magics_and_code_run_in_order_with_cell_line_numbers(kernel):
    _, kc = kernel
    reply, outputs = run(kc, "print('one')\n%pins\nprint('two')\n1/0")
    kinds = [m["msg_type"] for m in outputs]
    assert kinds == ["stream", "display_data", "stream", "error"]
    assert "image/svg+xml" in displays(outputs)[0] and "text/plain" in displays(outputs)[0]
    assert errors(outputs)[0]["traceback"][1] == '  File "<stdin>", line 4, in <module>'


def test_files_go_onto_the_board_and_back(kernel, tmp_path):
    _, kc = kernel
    source = tmp_path / "main.py"
    source.write_text("print('hello from flash')\n")
    reply, outputs = run(kc, f'%put "{source}" main.py')
    assert reply["content"]["status"] == "ok", outputs
    _, outputs = run(kc, "%ls")
    assert "main.py" in stdout(outputs)
    _, outputs = run(kc, "%cat main.py")
    assert stdout(outputs) == "print('hello from flash')\n"
    copy = tmp_path / "copy.py"
    reply, _ = run(kc, f'%get main.py "{copy}"')
    assert copy.read_text() == source.read_text()
    reply, _ = run(kc, "%cat missing.py")
    assert reply["content"]["status"] == "error"


def test_scope_plots_named_pins(kernel):
    _, kc = kernel
    if FLAVOUR == "vm":  # the real board plots only pins that changed
        run(kc, "from machine import Pin\np = Pin(2, Pin.OUT)\np.value(1)\np.value(0)")
    reply, outputs = run(kc, "%scope 2")
    assert reply["content"]["status"] == "ok"
    assert "image/svg+xml" in displays(outputs)[0]


def test_pager_shows_documentation(kernel):
    _, kc = kernel
    reply, _ = run(kc, "print?")
    page = reply["content"]["payload"][0]
    assert page["source"] == "page"
    assert "print" in page["data"]["text/plain"]


BLINK = "from machine import Pin\np = Pin(2, Pin.OUT)\nfor i in range(4):\n    p.value(i % 2)\n"


def test_a_blinking_cell_shows_its_waveform_afterwards(kernel):
    if FLAVOUR != "vm":
        import pytest

        pytest.skip("needs the simulated board's pin log")
    _, kc = kernel
    reply, outputs = run(kc, BLINK)
    assert reply["content"]["status"] == "ok"
    assert [m["msg_type"] for m in outputs] == ["display_data"]
    assert "image/svg+xml" in displays(outputs)[0]
    # A magic-only cell starts no run: %scope still sees the blink.
    _, outputs = run(kc, "%scope 2")
    assert "image/svg+xml" in displays(outputs)[0]
    # Code without pin changes shows no waveform.
    _, outputs = run(kc, "x = 1")
    assert outputs == []
    run(kc, "%autoscope off")
    _, outputs = run(kc, BLINK)
    assert displays(outputs) == []
