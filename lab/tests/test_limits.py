"""The per-student limits a lab sets in one place (lab/class.toml → UPY_*
variables → `upy kernel`): CPU time and output per cell, heap and flash
size, virtual time."""

import time

from conftest import run


def test_a_runaway_cell_is_stopped_at_its_cpu_budget_and_the_kernel_lives(lab_kernel):
    km, kc = lab_kernel(UPY_CPU_LIMIT="1", UPY_VIRTUAL_TIME="true")
    t = time.monotonic()
    reply, _, _, error = run(kc, "x = 0\nwhile True:\n    x += 1")
    took = time.monotonic() - t
    assert reply["status"] == "error"
    assert error["ename"] == "KeyboardInterrupt"
    assert "1 s of CPU time" in error["evalue"] and "limit" in error["evalue"]
    assert error["traceback"][-1].startswith("KeyboardInterrupt: the cell was stopped")
    assert took < 300, took  # CPU seconds: on a loaded host, at nice 19, wall time runs longer
    reply, out, _, _ = run(kc, "print('alive', x > 0)")
    assert reply["status"] == "ok" and out == "alive True\n"


def test_sleeping_under_virtual_time_costs_no_cpu_budget(lab_kernel):
    km, kc = lab_kernel(UPY_CPU_LIMIT="1", UPY_VIRTUAL_TIME="1")
    reply, out, _, _ = run(kc, "import time\nfor i in range(100):\n    time.sleep(1)\nprint(time.ticks_ms() // 1000)")
    assert reply["status"] == "ok", reply
    assert out.strip() in ("100", "101")


def test_output_past_the_limit_is_dropped_with_one_note(lab_kernel):
    km, kc = lab_kernel(UPY_OUTPUT_LIMIT="1k")
    reply, out, err, _ = run(kc, "for i in range(1000):\n    print('line', i)")
    assert reply["status"] == "ok"
    assert len(out.encode()) <= 1024
    assert out.startswith("line 0\n")
    assert err.count("output limit") == 1 and "1 KiB" in err
    reply, out, _, _ = run(kc, "print('next cell')")
    assert out == "next cell\n", "the limit is per cell"


def test_heap_and_flash_sizes(lab_kernel):
    km, kc = lab_kernel(UPY_HEAP_SIZE="256k", UPY_FLASH_SIZE="64k")
    reply, _, _, error = run(kc, "b = bytearray(1024 * 1024)")
    assert error and error["ename"] == "MemoryError", error
    reply, out, _, error = run(kc, "import os\ns = os.statvfs('/')\nprint(s[0] * s[2])")
    assert reply["status"] == "ok", error
    assert int(out) == 64 * 1024
    reply, _, _, error = run(kc, "f = open('big', 'wb')\nfor i in range(100):\n    f.write(bytes(1024))\nf.close()")
    assert error and error["ename"] == "OSError", error
