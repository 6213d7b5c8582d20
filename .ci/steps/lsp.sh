#!/usr/bin/env bash
# Black-box tests of the language server over stdio (pytest-lsp) and with
# headless Neovim as the client. Run from the repo root by .ci/run, after the
# venv holds .ci/requirements-lsp.txt and apt has .ci/apt-lsp.txt.
# UPY_LSP_CMD picks the server (default: the dev binary built here); set it
# to "target/debug/upy lsp" once the `upy` binary serves the LSP.
set -euo pipefail

if [[ -z "${UPY_LSP_CMD:-}" ]]; then
    cargo build --quiet -p upy-lsp --example upy-lsp-dev
fi
python3 -m pytest lsp/tests/python -q -p no:cacheprovider -rs
