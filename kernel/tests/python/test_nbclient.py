"""Example notebooks execute top to bottom with nbclient."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import FLAVOUR, KERNEL_NAME, REPO

# Notebooks written in the subset the dev kernel's test double answers.
DEV_NOTEBOOKS = ["getting-started.ipynb"]
NOTEBOOKS = sorted(p.name for p in (REPO / "examples").glob("*.ipynb"))


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_example_notebook_runs(name):
    if FLAVOUR == "dev" and name not in DEV_NOTEBOOKS:
        pytest.skip("needs the MicroPython VM")
    nb = nbformat.read(REPO / "examples" / name, as_version=4)
    NotebookClient(nb, kernel_name=KERNEL_NAME, timeout=60, allow_errors=False).execute()
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code_cells)
    outputs = [o for c in code_cells for o in c.outputs]
    assert outputs, "the notebook produced no output"
    assert not [o for o in outputs if o.output_type == "error"]
    if name == "getting-started.ipynb":
        texts = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
        assert "Hello from MicroPython" in texts
        assert "tick 2" in texts
        results = [o for o in outputs if o.output_type == "execute_result"]
        assert results[0]["data"]["text/plain"] == "42"
        assert any("image/svg+xml" in o.get("data", {}) for o in outputs)
