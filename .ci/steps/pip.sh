#!/usr/bin/env bash
# pip installs upy as the ecosystem expects: the wheel maturin builds from
# pyproject.toml puts `upy` in the environment's bin/ and the "micropython"
# kernelspec in its share/jupyter/kernels/. Installed into a fresh venv that
# is never activated, Jupyter lists the kernel with no further step and
# examples/blink.ipynb runs on it through nbclient.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== pip: maturin build --release"
maturin build --release --out "$WORK/wheels" >"$WORK/maturin.log" 2>&1 || { tail -n 40 "$WORK/maturin.log"; exit 1; }
WHEEL=$(ls "$WORK"/wheels/upy-*.whl)
echo "built $(basename "$WHEEL") ($(du -h "$WHEEL" | cut -f1))"
python3 - "$WHEEL" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
want = [".data/scripts/upy", ".data/data/share/jupyter/kernels/micropython/kernel.json",
        ".data/data/share/jupyter/kernels/micropython/logo-64x64.png", "upy/__main__.py"]
for w in want:
    hit = [n for n in names if n.endswith(w)]
    assert hit, f"the wheel has no *{w}: {names}"
    print("  wheel has", hit[0])
PY

echo "== pip: install the wheel into a fresh venv (never activated)"
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q --disable-pip-version-check "$WHEEL" jupyter_client nbclient nbformat
"$WORK/venv/bin/upy" --version

# Only the venv's own data folders: no user or system kernelspecs that could
# stand in for the one the wheel installed.
export JUPYTER_DATA_DIR="$WORK/no-user-data" JUPYTER_PATH="" JUPYTER_CONFIG_DIR="$WORK/no-config"
# A PATH without the venv and without any other upy.
CLEAN_PATH=""
IFS=: read -ra DIRS <<<"$PATH"
for d in "${DIRS[@]}"; do
    [ -n "$d" ] && [ ! -e "$d/upy" ] && CLEAN_PATH="${CLEAN_PATH:+$CLEAN_PATH:}$d"
done

echo "== pip: jupyter kernelspec list"
PATH="$CLEAN_PATH" "$WORK/venv/bin/jupyter-kernelspec" list
PATH="$CLEAN_PATH" "$WORK/venv/bin/python" - "$WORK/venv" <<'PY'
import json, os, sys
from jupyter_client.kernelspec import KernelSpecManager
specs = KernelSpecManager().get_all_specs()
spec = specs.get("micropython")
assert spec, f"no micropython kernelspec: {sorted(specs)}"
where = os.path.realpath(spec["resource_dir"])
assert where.startswith(os.path.realpath(sys.argv[1])), f"kernelspec found at {where}, not in the venv"
print("micropython kernelspec in", where, "argv", spec["spec"]["argv"])
PY

echo "== pip: examples/blink.ipynb through nbclient on the installed kernel"
PATH="$CLEAN_PATH" "$WORK/venv/bin/python" - "$ROOT/examples/blink.ipynb" <<'PY'
import sys
import nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, kernel_name="micropython", timeout=60, resources={"metadata": {"path": "/tmp"}}).execute()
cells = [c for c in nb.cells if c.cell_type == "code"]
errors = [o for c in cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
assert not errors, errors
kinds = sorted({k for c in cells for o in c.get("outputs", []) for k in o.get("data", {"stream": 0})})
print(f"blink.ipynb: {len(cells)} code cells ran, outputs: {', '.join(kinds)}")
PY
