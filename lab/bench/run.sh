#!/usr/bin/env bash
# The lab's load test, run on purpose: a venv with upy installed by pip (the
# release wheel, as a class would have it), JupyterHub, ipykernel and the
# proxy, then lab/bench/load.py with its arguments (--students N).
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=target/lab-bench/venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check -r lab/bench/requirements.txt
"$VENV/bin/pip" install -q --disable-pip-version-check .
npm ci --prefix lab --no-audit --no-fund --loglevel=error
exec "$VENV/bin/python" lab/bench/load.py "$@"
