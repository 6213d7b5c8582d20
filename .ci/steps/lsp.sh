#!/usr/bin/env bash
# Black-box tests of the language server over stdio (pytest-lsp) and with
# headless Neovim as the client. Run from the repo root by .ci/run, after the
# venv holds .ci/requirements-lsp.txt and apt has .ci/apt-lsp.txt.
# UPY_LSP_CMD picks the server (default: `target/debug/upy lsp`, built here).
set -euo pipefail

if [[ -z "${UPY_LSP_CMD:-}" ]]; then
    cargo build --quiet -p upy
fi
python3 -m pytest lsp/tests/python -q -p no:cacheprovider -rs
