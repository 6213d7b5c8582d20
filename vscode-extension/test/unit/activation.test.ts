// Loads the bundle (dist/extension.js) against a fake `vscode` and activates
// it: the composition root wires every command, detects MicroPython folders
// and reports a missing binary with its fix.

import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { EXTENSION_ROOT, manifest } from "./fakes";
import { fakeVscode, loadWithVscode } from "./fakeVscode";

const BUNDLE = path.join(EXTENSION_ROOT, "dist/extension.js");

function context() {
  const state = new Map<string, unknown>();
  return {
    subscriptions: [] as Array<{ dispose(): unknown }>,
    extensionPath: EXTENSION_ROOT,
    globalStorageUri: { scheme: "file", path: os.tmpdir(), fsPath: os.tmpdir() },
    globalState: { get: (k: string) => state.get(k), update: async (k: string, v: unknown) => void state.set(k, v) },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

async function waitFor(what: string, check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("activation of the bundle", { skip: !fs.existsSync(BUNDLE) && "dist/extension.js not built" }, () => {
  it("registers every contributed command and stays quiet outside MicroPython projects", async () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), "upy-plain-"));
    fs.writeFileSync(path.join(plain, "setup.py"), "");
    const { api, record } = fakeVscode({ folders: [plain], settings: {} });
    const extension = loadWithVscode(BUNDLE, api);
    const ctx = context();
    await extension.activate(ctx);
    await settle();

    const contributed = manifest().contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual([...record.commands.keys()].sort(), contributed);
    assert.equal(record.contexts.get("upy.active"), false);
    assert.equal(record.statusItems[0].visible, false);
    assert.deepEqual(record.messages, [], "nothing to say in a plain Python project");

    await record.commands.get("upy.runCurrentFile")!();
    assert.deepEqual(record.messages, [{ level: "info", message: "MicroPython: open a Python file to run it." }]);

    for (const d of ctx.subscriptions) await d.dispose();
    await extension.deactivate();
    assert.equal(record.commands.size, 0, "commands are disposed with the extension");
  });

  it("in a MicroPython project shows the target and says how to fix a bad upy.path", async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), "upy-project-"));
    fs.writeFileSync(path.join(project, "main.py"), "import machine\n");
    const { api, record } = fakeVscode({
      folders: [project],
      settings: { "upy.path": "/nonexistent/upy", "upy.board": "rp2" },
    });
    const extension = loadWithVscode(BUNDLE, api);
    const ctx = context();
    await extension.activate(ctx);
    await settle();

    assert.equal(record.contexts.get("upy.active"), true);
    assert.equal(record.statusItems[0].visible, true);
    assert.equal(record.statusItems[0].text, "$(circuit-board) rp2 (simulated)");
    assert.equal(record.statusItems[0].command, "upy.pickTarget");
    const errors = record.messages.filter((m) => m.level === "error");
    assert.equal(errors.length, 1, JSON.stringify(record.messages));
    assert.match(errors[0].message, /upy\.path setting points to "\/nonexistent\/upy".*Fix or clear upy\.path/);

    for (const d of ctx.subscriptions) await d.dispose();
    await extension.deactivate();
  });
});


describe("the bundle driving a server", { skip: (process.platform === "win32" && "needs a POSIX shell") || (!fs.existsSync(BUNDLE) && "dist/extension.js not built") }, () => {
  function project(marker: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "upy-project-"));
    fs.writeFileSync(path.join(dir, marker), "");
    const fake = path.join(dir, "fake-upy");
    fs.writeFileSync(fake, `#!/bin/sh\nexec "${process.execPath}" "${path.join(EXTENSION_ROOT, "test/e2e/fake-upy.mjs")}" "$@"\n`, { mode: 0o755 });
    return { dir, fake };
  }

  function editorOn(uri: string, text: string, line: number) {
    const position = { line, character: 0 };
    return {
      document: { uri: { toString: () => uri }, languageId: "python", getText: (range?: unknown) => (range ? "" : text) },
      selection: { active: position, start: position, end: position },
    };
  }

  it("starts the server through vscode-languageclient, runs a cell, restarts on request", async () => {
    const { dir, fake } = project("main.py");
    const { api, record } = fakeVscode({ folders: [dir], settings: { "upy.path": fake } });
    (api as any).window.activeTextEditor = editorOn(`file://${dir}/main.py`, "# %%\nx = 6 * 7\nprint(x)\n", 2);
    const extension = loadWithVscode(BUNDLE, api);
    const ctx = context();
    await extension.activate(ctx);

    const log = () => record.channels.get("MicroPython Language Server") ?? "";
    const output = () => record.channels.get("MicroPython") ?? "";
    await waitFor("the server to start", () => log().includes("Starting"));
    assert.match(log(), new RegExp(`Using ${fake} \\(upy 0\\.1\\.0, from setting\\)`));
    assert.match(log(), /Starting .* lsp with \{"board":null,"port":null,"baudrate":115200,"virtualTime":false\}/);
    await record.commands.get("upy.runCurrentCell")!();
    assert.match(output(), /── run cell at line 1 on auto \(simulated\) ──\n42\ndone\n/, log());
    assert.deepEqual(record.messages.filter((m) => m.level === "error"), []);

    await record.commands.get("upy.restartServer")!();
    assert.equal(log().match(/^Starting /gm)?.length, 2, log());
    await record.commands.get("upy.runCurrentCell")!();
    assert.match(output(), /42\ndone\n[^]*42\ndone\n/);

    for (const d of ctx.subscriptions) await d.dispose();
    await extension.deactivate();
  });

  it("restarts a crashed server after a delay and keeps working", async () => {
    const { dir, fake } = project("upy.toml");
    process.env.FAKE_UPY_CRASH_ONCE = path.join(dir, "crashed");
    try {
      const { api, record } = fakeVscode({ folders: [dir], settings: { "upy.path": fake } });
      (api as any).window.activeTextEditor = editorOn(`file://${dir}/a.py`, "print(42)\n", 0);
      const extension = loadWithVscode(BUNDLE, api);
      const ctx = context();
      await extension.activate(ctx);
      const log = () => record.channels.get("MicroPython Language Server") ?? "";
      await waitFor("the crash to be noticed", () => log().includes("The server exited; restart 1 in 500 ms."));
      // Asked while the restart is pending: the run waits for the new server.
      await record.commands.get("upy.runCurrentFile")!();
      assert.match(log(), /The server is running again\./);
      assert.match(record.channels.get("MicroPython") ?? "", /── run file on auto \(simulated\) ──\n42\ndone\n/, log());
      for (const d of ctx.subscriptions) await d.dispose();
      await extension.deactivate();
    } finally {
      delete process.env.FAKE_UPY_CRASH_ONCE;
    }
  });
});
