"""lab/grade.py on two students: one handed in the reference solutions
(lab/source), one the untouched exercises. Every check passes for the
first, on the waveform evidence, and none for the second."""

import csv
import os
import pathlib
import shutil
import subprocess
import sys

from conftest import ROOT, UPY

LAB = ROOT / "lab"


def test_grading_a_class_writes_a_csv_from_waveform_evidence(tmp_path):
    homes = tmp_path / "homes"
    shutil.copytree(LAB / "source", homes / "ada" / "exercises")
    shutil.copytree(LAB / "exercises", homes / "bob" / "exercises")
    # The notebooks name the "micropython" kernelspec: point it at UPY.
    spec = tmp_path / "jupyter" / "kernels" / "micropython"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        '{"argv": ["%s", "kernel", "-f", "{connection_file}"], "display_name": "upy", "language": "python"}' % UPY
    )
    env = dict(os.environ, JUPYTER_PATH=str(tmp_path / "jupyter"), UPY_VIRTUAL_TIME="1", UPY_CPU_LIMIT="10")
    out = tmp_path / "grades.csv"
    run = subprocess.run([sys.executable, str(LAB / "grade.py"), str(homes), "--out", str(out), "--jobs", "2"],
                         env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(out.open()))
    ada = {r["check"]: r for r in rows if r["student"] == "ada"}
    bob = {r["check"]: r for r in rows if r["student"] == "bob"}
    checks = {"blink-check", "button-check", "fade-check", "sensor-read-check", "sensor-fan-check", "tasks-check"}
    assert set(ada) == checks and set(bob) == checks
    failed = {k: r["evidence"] for k, r in ada.items() if r["passed"] != "True"}
    assert not failed, failed
    assert "GPIO2 toggled 10 times at 1.00 Hz" in ada["blink-check"]["evidence"]
    assert "GPIO2 went 1, 0" in ada["button-check"]["evidence"]
    assert "faded from 0% to 100%" in ada["fade-check"]["evidence"]
    assert "side by side" in ada["tasks-check"]["evidence"]
    assert all(r["passed"] == "False" for r in bob.values()), bob
    assert "AssertionError" in bob["blink-check"]["evidence"] or "NotImplementedError" in bob["blink-check"]["evidence"]
    assert "ada: 6 / 6" in run.stdout and "bob: 0 / 6" in run.stdout
