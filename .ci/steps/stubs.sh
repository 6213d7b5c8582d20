#!/usr/bin/env bash
# Checks the board stubs in stubs/:
#   1. tests/check_stubs.py: every public name has a docstring, no *args/**kwargs
#      stand in for named parameters, every u-alias points at a real module;
#   1b. tests/coverage.py: every name of micropython-esp32-stubs and
#      micropython-rp2-stubs 1.29 is in ours, or left out with a reason;
#   2. pyright (pinned in stubs/.checker/package.json) type-checks each board's
#      full stub set together with a program that uses it: zero errors expected.
# Run from the repository root; exits non-zero on any failure.
set -euo pipefail

root=$(pwd)
stubs="$root/stubs"
out="$stubs/tests/out"
# one pyright.<board>.json (and usage_<board>.py) per board
boards=($(cd "$stubs/tests" && ls pyright.*.json | sed "s/^pyright\.//; s/\.json$//"))
failed=0

# A board's stub set is the common stubs with the board's overlays applied
# (boards/src/overlay.rs): only `upy stubs export` makes it, so the checks
# read exactly what users get.
upy="${UPY_BIN:-$root/target/debug/upy}"
if [ ! -x "$upy" ]; then
  cargo build --quiet --bin upy
  upy="$root/target/debug/upy"
fi
rm -rf "$out"
for board in "${boards[@]}"; do
  "$upy" stubs export "$out/$board" --board "$board"
done

echo "== stub lint"
if ! python3 "$stubs/tests/check_stubs.py" "$out"; then
  failed=1
fi

# Breadth: every module, class, function and constant of micropython-stubs
# for the board (names only; the packages are installed here, at test time,
# and nothing of them is kept in the repository).
for board in esp32 rp2; do
  echo "== coverage of micropython-$board-stubs"
  pkg="$out/pkg-$board"
  if python3 -m pip install --quiet --disable-pip-version-check --target "$pkg" "micropython-$board-stubs==1.29.*"; then
    if ! python3 "$stubs/tests/coverage.py" "$out/$board" "$pkg" "$board"; then
      failed=1
    fi
  else
    echo "could not install micropython-$board-stubs"
    failed=1
  fi
done

echo "== installing pyright"
(cd "$stubs/.checker" && npm ci --no-audit --no-fund --loglevel=error)
pyright="$stubs/.checker/node_modules/.bin/pyright"
"$pyright" --version

passed=0
for board in "${boards[@]}"; do
  echo "== pyright: $board"
  if (cd "$stubs/tests" && "$pyright" -p "pyright.$board.json"); then
    passed=$((passed + 1))
  else
    failed=1
  fi
done

echo "== stubs summary: pyright passed for $passed of ${#boards[@]} boards"
exit $failed
