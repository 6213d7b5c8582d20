#!/usr/bin/env bash
# The teaching lab: the per-student limits on a real kernel, grading two
# students' notebooks from their waveforms, and the hub on localhost with
# three students running cells over the kernel websocket.
set -euo pipefail
cd "$(dirname "$0")/../.."
UPY_BIN=${UPY_BIN:-$(pwd)/target/debug/upy}
export UPY_BIN

echo "== lab: configurable-http-proxy (npm ci --prefix lab)"
npm ci --prefix lab --no-audit --no-fund --loglevel=error

echo "== lab: the micropython kernelspec in the venv the hub runs from"
PYTHON=$(command -v python)
PREFIX=$("$PYTHON" -c 'import sys; print(sys.prefix)')
"$UPY_BIN" kernel install --prefix "$PREFIX"

echo "== lab: the Kubernetes values carry class.toml's limits"
python lab/k8s/check.py

echo "== lab: pytest lab/tests"
python -m pytest -q lab/tests
