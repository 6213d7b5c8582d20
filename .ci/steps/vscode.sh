#!/usr/bin/env bash
# The VS Code extension: clean install, type-check + bundle, unit tests,
# package the .vsix (vsce validates the manifest), then the end-to-end test
# against the workspace's `upy lsp` (it skips, saying why, until that exists).
set -euo pipefail

cd "$(dirname "$0")/../../vscode-extension"

echo "== vscode-extension: npm ci"
npm ci --no-audit --no-fund

echo "== vscode-extension: build"
npm run build

echo "== vscode-extension: unit tests"
npm test

echo "== vscode-extension: vsce package"
rm -f ./*.vsix
npx vsce package --no-dependencies --out upy-micropython.vsix
test -s upy-micropython.vsix

echo "== vscode-extension: end-to-end against upy lsp"
UPY_BIN="${UPY_BIN:-$(pwd)/../target/debug/upy}" npm run test:e2e
