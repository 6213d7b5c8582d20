#!/usr/bin/env bash
# Fuzzing as a habit: the parser, the compiler and the VM each get a bounded
# run (an input count, and a time cap for a slow machine) with a fixed seed
# over the kept corpus (fuzz/corpus, fuzz/regressions and the test suites'
# programs). Any panic, broken session, hang or abort fails the step and
# leaves the input in target/fuzz/. A longer run is the same command with
# bigger bounds (fuzz/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

cargo build --quiet -p upy-fuzz
TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
BIN="$TARGET_DIR/debug/upy-fuzz"
OUT="$TARGET_DIR/fuzz"
SEED="${UPY_FUZZ_SEED:-1}"

status=0
fuzz() {
    local target=$1 inputs=$2 seconds=$3 rc=0
    "$BIN" run --target "$target" --seed "$SEED" --inputs "$inputs" --seconds "$seconds" --out "$OUT" || rc=$?
    if [ "$rc" -ge 128 ]; then
        echo "fuzz $target: ABORT (signal $((rc - 128))); the input is $OUT/current-$target.py"
    elif [ "$rc" -eq 3 ]; then
        echo "fuzz $target: HANG; the input is $OUT/current-$target.py"
    fi
    [ "$rc" -eq 0 ] || status=1
}

fuzz parse 20000 15
fuzz compile 20000 15
fuzz vm 3000 30
exit $status
