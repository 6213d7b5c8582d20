#!/usr/bin/env bash
# Device bridge: the official client (mpremote) against the virtual board on a
# pseudo-terminal: a test-double interpreter for protocol and file-transfer
# tests, and the VM session (the `vm_board` example, what `upy board` serves).
# Tests needing VM features it lacks skip with the reason.
set -euo pipefail
cd "$(dirname "$0")/../.."

cargo build -p upy-device --examples
PYTHONDONTWRITEBYTECODE=1 python3 -m pytest -p no:cacheprovider device-bridge/tests/mpremote -q -rs
