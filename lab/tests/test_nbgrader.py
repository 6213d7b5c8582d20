"""The exercises work with nbgrader, for a teacher who uses it: lab/source
is an assignment's source (solutions between nbgrader's markers),
`generate_assignment` releases it, and `autograde` scores a student who handed
in the solutions 6/6 and one who handed in the released notebooks 0/6 on
the upy kernel."""

import csv
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT, UPY

pytest.importorskip("nbgrader")
NBGRADER = [sys.executable, "-m", "nbgrader"]


def test_generate_autograde_export(tmp_path):
    course = tmp_path / "course"
    shutil.copytree(ROOT / "lab" / "source", course / "source" / "lab1")
    (course / "nbgrader_config.py").write_text(
        'c = get_config()\nc.CourseDirectory.course_id = "upy-lab"\n'
        'c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\\nraise NotImplementedError()"}\n'
    )
    spec = tmp_path / "jupyter" / "kernels" / "micropython"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        '{"argv": ["%s", "kernel", "-f", "{connection_file}"], "display_name": "upy", "language": "python"}' % UPY
    )
    # nbgrader runs alembic, its database tool, from PATH.
    path = os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")
    env = dict(os.environ, JUPYTER_PATH=str(tmp_path / "jupyter"), UPY_VIRTUAL_TIME="1", PATH=path)

    def nbgrader(*args):
        run = subprocess.run(NBGRADER + list(args), cwd=course, env=env, capture_output=True, text=True, timeout=600)
        assert run.returncode == 0, run.stderr[-3000:]

    nbgrader("db", "assignment", "add", "lab1")
    nbgrader("generate_assignment", "lab1", "--force")
    released = course / "release" / "lab1"
    assert "raise NotImplementedError()" in (released / "01-blink.ipynb").read_text()
    shutil.copytree(course / "source" / "lab1", course / "submitted" / "ada" / "lab1")
    shutil.copytree(released, course / "submitted" / "bob" / "lab1")
    nbgrader("db", "student", "add", "ada")
    nbgrader("db", "student", "add", "bob")
    nbgrader("autograde", "lab1", "--force")
    nbgrader("export", "--to", str(tmp_path / "grades.csv"))
    scores = {r["student_id"]: (float(r["score"]), float(r["max_score"])) for r in csv.DictReader(open(tmp_path / "grades.csv"))}
    assert scores == {"ada": (6.0, 6.0), "bob": (0.0, 6.0)}, scores
