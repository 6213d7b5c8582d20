#!/usr/bin/env bash
# Device bridge with real clients, against the virtual board on
# pseudo-terminals and on localhost:
# - mpremote (the official client, unchanged) against the virtual board: a
#   test-double interpreter for protocol and file-transfer tests, and the VM
#   session (the `vm_board` example, what `upy board` serves);
# - the `upy` command line (run/ports/repl/fs/mip) against `upy board`, with
#   mpremote as the peer where a comparison is named, MicroPython's
#   webrepl_cli.py against `upy board --webrepl`, and a package index served
#   on localhost for mip.
# Tests needing VM features it lacks skip with the reason.
set -euo pipefail
cd "$(dirname "$0")/../.."

cargo build -p upy-device --examples
cargo build -p upy
export UPY_BIN="${UPY_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/debug/upy}"
# Two runs: each folder has a conftest.py of its own.
status=0
for suite in device-bridge/tests/mpremote device-bridge/tests/cli; do
    PYTHONDONTWRITEBYTECODE=1 python3 -m pytest -p no:cacheprovider "$suite" -q -rs || status=1
done
exit $status
