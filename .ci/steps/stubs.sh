#!/usr/bin/env bash
# Checks the board stubs in stubs/:
#   1. tests/check_stubs.py: every public name has a docstring, no *args/**kwargs
#      stand in for named parameters, the machine stubs of the boards agree where
#      they should, every u-alias points at a real module;
#   2. pyright (pinned in stubs/.checker/package.json) type-checks each board's
#      full stub set together with a program that uses it: zero errors expected.
# Run from the repository root; exits non-zero on any failure.
set -euo pipefail

root=$(pwd)
stubs="$root/stubs"
out="$stubs/tests/out"
boards=(esp32 rp2 generic)
failed=0

echo "== stub lint"
if ! python3 "$stubs/tests/check_stubs.py" "$stubs"; then
  failed=1
fi

echo "== installing pyright"
(cd "$stubs/.checker" && npm ci --no-audit --no-fund --loglevel=error)
pyright="$stubs/.checker/node_modules/.bin/pyright"
"$pyright" --version

# A board's full stub set is common/ overlaid with the board's own folder,
# the same rule vm/src/stubs.rs applies. Use the real exporter when the
# built binary has it, so the check covers what users get.
rm -rf "$out"
for board in "${boards[@]}"; do
  dest="$out/$board"
  if [ -x "$root/target/debug/upy" ] && "$root/target/debug/upy" stubs export "$dest" --board "$board" >/dev/null 2>&1; then
    echo "exported $board stubs with upy"
  else
    mkdir -p "$dest"
    cp "$stubs/common/"*.pyi "$dest/"
    cp "$stubs/$board/"*.pyi "$dest/"
  fi
done

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
