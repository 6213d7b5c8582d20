#!/usr/bin/env bash
# The VS Code extension: clean install, type-check + bundle, unit tests,
# package the .vsix for linux-x64 with the `upy` binary inside it
# (bin/linux-x64/upy, where the extension looks before PATH), then check the
# unpacked .vsix: the binary is there and runs, the extension's own discovery
# picks it with an empty PATH, and the end-to-end test passes against it with
# no upy on PATH.
set -euo pipefail

cd "$(dirname "$0")/../../vscode-extension"
ROOT=$(cd .. && pwd)

echo "== vscode-extension: npm ci"
npm ci --no-audit --no-fund

echo "== vscode-extension: build"
npm run build

echo "== vscode-extension: unit tests"
npm test

# The release binary ships; the pip step (or scripts/lab) has usually built
# it already, and cargo only checks it is fresh.
echo "== vscode-extension: release binary"
(cd "$ROOT" && cargo build --release -p upy --quiet)

echo "== vscode-extension: npm run package (bundles target/release/upy)"
rm -f ./*.vsix
UPY_BIN="$ROOT/target/release/upy" npm run package
VSIX=upy-micropython-linux-x64.vsix
test -s "$VSIX"

echo "== vscode-extension: the .vsix carries the binary"
UNPACKED=$(mktemp -d)
trap 'rm -rf "$UNPACKED"' EXIT
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$VSIX" "$UNPACKED"
EXT="$UNPACKED/extension"
BUNDLED="$EXT/bin/linux-x64/upy"
# zip keeps the mode bits in external_attr; extractall does not restore them,
# so read them from the archive.
python3 - "$VSIX" <<'PY'
import stat, sys, zipfile
info = zipfile.ZipFile(sys.argv[1]).getinfo("extension/bin/linux-x64/upy")
mode = info.external_attr >> 16
print(f"extension/bin/linux-x64/upy: {info.file_size / 1e6:.1f} MB, mode {stat.filemode(mode)}")
assert mode & 0o111, "the bundled upy is not executable in the .vsix"
PY
chmod +x "$BUNDLED"
"$BUNDLED" --version

# A PATH with the system's tools but no upy anywhere on it.
CLEAN_PATH=""
IFS=: read -ra DIRS <<<"$PATH"
for d in "${DIRS[@]}"; do
    [ -n "$d" ] && [ ! -e "$d/upy" ] && CLEAN_PATH="${CLEAN_PATH:+$CLEAN_PATH:}$d"
done
if PATH="$CLEAN_PATH" command -v upy >/dev/null 2>&1; then
    echo "upy is still on the cleaned PATH"; exit 1
fi

echo "== vscode-extension: discovery finds the bundled binary with an empty PATH"
PATH="$CLEAN_PATH" node -e '
const { discover } = require("./out/src/binary/discover.js");
const fs = require("node:fs");
const { spawnSync } = require("node:child_process");
discover({
  platform: "linux", arch: "x64", pathVariable: "", extensionPath: process.argv[1], configuredPath: undefined,
  isExecutableFile: async (f) => { try { fs.accessSync(f, fs.constants.X_OK); return fs.statSync(f).isFile(); } catch { return false; } },
  run: async (file, args) => { const r = spawnSync(file, args, { encoding: "utf8" }); return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error && r.error.message }; },
}).then((d) => {
  console.log(JSON.stringify(d));
  if (d.kind !== "found" || d.source !== "bundled") process.exit(1);
});
' "$EXT"

echo "== vscode-extension: end-to-end against the bundled upy lsp, no upy on PATH"
PATH="$CLEAN_PATH" UPY_BIN="$BUNDLED" npm run test:e2e
