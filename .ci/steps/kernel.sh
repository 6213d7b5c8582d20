#!/usr/bin/env bash
# The Jupyter kernel with real clients: jupyter_kernel_test's suite,
# jupyter_client protocol tests, magics, memory, kernelspec install, and
# nbclient on the example notebooks, and JupyterLab in headless Chromium
# (Debian's chromium, playwright-core from npm).
#
# Runs twice: against the development kernel (a test-double target, so a
# protocol failure is told apart from a VM failure), then against
# `upy kernel` on the VM (UPY_KERNEL_VM_ARGV overrides the command). The
# board tests (test_board.py: %connect and the board magics against
# `upy board` on a pseudo-terminal) run in the second pass only.
set -euo pipefail
cd "$(dirname "$0")/../.."

cargo build --quiet -p upy -p upy-kernel --example upy-kernel-dev
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
# The virtual board the board tests connect to (`upy board --link`).
export UPY_BIN="${UPY_BIN:-$CARGO_TARGET_DIR/debug/upy}"

npm ci --prefix kernel/tests/browser --no-audit --no-fund --loglevel=error
# In CI the browser test must run, not skip for a missing dependency.
export UPY_REQUIRE_BROWSER_TEST=1

status=0
echo "== kernel on the test-double target"
UPY_KERNEL_FLAVOUR=dev UPY_KERNEL_ARGV="$CARGO_TARGET_DIR/debug/examples/upy-kernel-dev" \
    python3 -m pytest kernel/tests/python -q -rsx -p no:cacheprovider \
    --ignore=kernel/tests/python/test_board.py "$@" || status=1

echo "== kernel on the MicroPython VM"
UPY_KERNEL_FLAVOUR=vm UPY_KERNEL_ARGV="${UPY_KERNEL_VM_ARGV:-$CARGO_TARGET_DIR/debug/upy kernel}" \
    python3 -m pytest kernel/tests/python -q -rsx -p no:cacheprovider "$@" || status=1
exit $status
