"""The class on one host, as CI runs it: `jupyterhub -f
lab/jupyterhub_config.py` on localhost with three students who sign in
through the REST API, start their servers, open the first exercise (each
from their own copy) and run cells over the kernel websocket on the upy
kernel."""

import asyncio
import os

import aiohttp
import pytest

from hub_client import Student
from hub_process import PASSWORD, LabHub

STUDENTS = ["ann", "ben", "cho"]
BLINK = ("from machine import Pin\nimport time\nled = Pin(2, Pin.OUT)\nfor i in range(10):\n"
         "    led.value(not led.value())\n    time.sleep(0.5)\nprint('done', time.ticks_ms())")


async def one_student(hub, name):
    async with aiohttp.ClientSession() as http:
        student = Student(http, hub.url, name, PASSWORD)
        await student.sign_in()
        await student.start_server()
        cells = await student.open_notebook("exercises/01-blink.ipynb", "micropython")
        results = {"cells": cells}
        results["sum"] = await student.execute(f"print('{name}', 6 * 7)")
        results["blink"] = await student.execute(BLINK)
        results["check"] = await student.execute("%expect blink 2 --hz 1 --toggles 10")
        results["limit"] = await student.execute("while True:\n    pass", timeout=600)
        await student.close()
        return results


def test_three_students_run_cells_through_the_hub(tmp_path):
    with LabHub(str(tmp_path / "state"), STUDENTS, env={"UPY_CPU_LIMIT": "2"}) as hub:

        async def everyone():
            return await asyncio.gather(*(one_student(hub, n) for n in STUDENTS))

        try:
            results = asyncio.run(asyncio.wait_for(everyone(), 900))
        except Exception:
            print(hub.tail())
            raise
        for name, r in zip(STUDENTS, results):
            assert any("YOUR CODE HERE" in c for c in r["cells"]), "the exercise, as the student's copy"
            latency, status, out, error = r["sum"]
            assert (status, out, error) == ("ok", f"{name} 42\n", None)
            latency, status, out, error = r["blink"]
            assert status == "ok" and out.startswith("done 5"), (out, error)  # 5 s of virtual time
            latency, status, out, error = r["check"]
            assert status == "ok" and "toggled 10 times at 1.00 Hz" in out, (out, error)
            latency, status, out, error = r["limit"]
            assert status == "error" and "CPU time" in error["evalue"], error
            home = tmp_path / "state" / "homes" / name / "exercises"
            assert sorted(os.listdir(home))[:2] == ["01-blink.ipynb", "02-button-irq.ipynb"]
