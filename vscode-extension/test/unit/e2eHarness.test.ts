// Checks the end-to-end script itself, so it is known to work before the real
// server exists: it passes against a stand-in server, and skips (exit 0, with
// a reason) when the binary is missing or is not a finished upy.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { EXTENSION_ROOT } from "./fakes";

const E2E = path.join(EXTENSION_ROOT, "test/e2e/lsp.e2e.mjs");

function script(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upy-fake-"));
  const file = path.join(dir, "upy");
  fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return file;
}

function fakeServer(): string {
  return script(`exec "${process.execPath}" "${path.join(EXTENSION_ROOT, "test/e2e/fake-upy.mjs")}" "$@"`);
}

function runE2e(upyBin: string, env: Record<string, string> = {}) {
  // The runner marks its children through NODE_TEST_CONTEXT; this child is a run of its own.
  const { NODE_TEST_CONTEXT: _, ...inherited } = process.env;
  const run = spawnSync(process.execPath, ["--test", "--test-reporter=tap", E2E], {
    env: { ...inherited, ...env, UPY_BIN: upyBin },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

describe("end-to-end harness", { skip: process.platform === "win32" && "needs a POSIX shell" }, () => {
  it("passes against a server that answers correctly", () => {
    const { code, out } = runE2e(fakeServer());
    assert.equal(code, 0, out);
    assert.match(out, /# pass 6/);
    assert.match(out, /# skipped 0/);
  });

  it("fails when the server's run output is wrong", () => {
    const { code, out } = runE2e(fakeServer(), { FAKE_UPY_OUTPUT: "41\n" });
    assert.notEqual(code, 0);
    assert.match(out, /'41\\ndone\\n' !== '42\\ndone\\n'|41/);
  });

  it("skips with a reason when the binary is missing", () => {
    const { code, out } = runE2e("/nonexistent/upy");
    assert.equal(code, 0, out);
    assert.match(out, /SKIP upy lsp end-to-end: \/nonexistent\/upy does not exist/);
  });

  it("skips when the binary is the unfinished CLI", () => {
    const { code, out } = runE2e(script('echo "upy: under construction" >&2; exit 2'));
    assert.equal(code, 0, out);
    assert.match(out, /printed "upy: under construction", not "upy X\.Y\.Z"/);
  });

  it("skips when the CLI has no lsp subcommand, and fails when lsp crashes", () => {
    const noLsp = script(`if [ "$1" = "--version" ]; then echo "upy 0.1.0"; else echo "error: unrecognized subcommand '$1'" >&2; exit 2; fi`);
    const skipped = runE2e(noLsp);
    assert.equal(skipped.code, 0, skipped.out);
    assert.match(skipped.out, /`upy lsp` is not implemented yet/);

    const crashes = script(`if [ "$1" = "--version" ]; then echo "upy 0.1.0"; else echo "thread 'main' panicked" >&2; exit 101; fi`);
    const failed = runE2e(crashes);
    assert.notEqual(failed.code, 0);
    assert.match(failed.out, /exited before answering initialize \(code 101/);
  });
});
