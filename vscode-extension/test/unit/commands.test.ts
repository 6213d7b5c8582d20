import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Command, registerCommands } from "../../src/commands";
import { ServerCommand } from "../../src/server/protocol";
import { FakeRegistry, editor, harness, manifest } from "./fakes";

describe("command wiring", () => {
  it("registers exactly the commands package.json contributes", () => {
    const registry = new FakeRegistry();
    const disposables = registerCommands(registry, harness().deps);
    const contributed = manifest().contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual([...registry.handlers.keys()].sort(), [...contributed].sort());
    assert.deepEqual(Object.values(Command).sort(), [...contributed].sort());
    for (const d of disposables) d.dispose();
    assert.equal(registry.handlers.size, 0);
  });

  it("never reuses a server command id, which vscode-languageclient registers itself", () => {
    const serverIds = new Set<string>(Object.values(ServerCommand));
    for (const id of Object.values(Command)) assert.ok(!serverIds.has(id), id);
  });

  it("refers only to contributed commands in menus and keybindings", () => {
    const pkg = manifest();
    const known = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    const used = [
      ...Object.values<Array<{ command: string }>>(pkg.contributes.menus).flat(),
      ...pkg.contributes.keybindings,
    ].map((entry) => entry.command);
    for (const id of used) assert.ok(known.has(id), `${id} is not contributed`);
  });

  it("runs the cell under the cursor on the server and reports the run", async () => {
    const h = harness();
    const registry = new FakeRegistry();
    registerCommands(registry, h.deps);
    h.setEditor(editor("# %% one\nprint(1)\n# %% two\nprint(2)\n", 3));
    h.server.replies.set(ServerCommand.runCell, { status: "ok" });
    await registry.handlers.get(Command.runCurrentCell)!();
    assert.deepEqual(h.server.calls, [
      { command: "upy.runCell", args: [{ uri: "file:///project/main.py", code: "print(2)", line: 3 }] },
    ]);
    assert.match(h.channel.text, /run cell "two" on esp32 \(simulated\)/);
    assert.deepEqual(h.inFlight, [1, 0]);
    assert.deepEqual(h.notify.messages, []);
  });

  it("runs the file with upy.runFile and the selection with upy.runCell", async () => {
    const h = harness();
    const registry = new FakeRegistry();
    registerCommands(registry, h.deps);
    h.setEditor(editor("x = 1\nprint(x)\n", 1, "print(x)", 1));
    await registry.handlers.get(Command.runCurrentFile)!();
    await registry.handlers.get(Command.runSelection)!();
    assert.deepEqual(
      h.server.calls.map((c) => [c.command, (c.args[0] as { code: string }).code]),
      [
        ["upy.runFile", "x = 1\nprint(x)\n"],
        ["upy.runCell", "print(x)"],
      ],
    );
  });

  it("shows an error result in the output channel", async () => {
    const h = harness();
    const registry = new FakeRegistry();
    registerCommands(registry, h.deps);
    h.setEditor(editor("1/0"));
    h.server.replies.set(ServerCommand.runFile, { status: "error", ename: "ZeroDivisionError", evalue: "divide by zero", traceback: [] });
    await registry.handlers.get(Command.runCurrentFile)!();
    assert.match(h.channel.text, /── ZeroDivisionError: divide by zero ──/);
  });

  it("tells the user when the server cannot run code, and ends the run", async () => {
    const h = harness();
    const registry = new FakeRegistry();
    registerCommands(registry, h.deps);
    h.setEditor(editor("print(1)"));
    h.server.failures.set(ServerCommand.runFile, new Error("the upy binary was not found"));
    await registry.handlers.get(Command.runCurrentFile)!();
    assert.deepEqual(h.notify.messages, [
      { level: "error", message: "MicroPython: could not run the file: the upy binary was not found" },
    ]);
    assert.match(h.channel.text, /failed: the upy binary was not found/);
    assert.deepEqual(h.inFlight, [1, 0]);
  });

  it("explains instead of sending nothing-to-run requests", async () => {
    const h = harness();
    const registry = new FakeRegistry();
    registerCommands(registry, h.deps);
    await registry.handlers.get(Command.runCurrentCell)!();
    h.setEditor(editor("\n\n", 1));
    await registry.handlers.get(Command.runSelection)!();
    assert.equal(h.server.calls.length, 0);
    assert.deepEqual(
      h.notify.messages.map((m) => m.level),
      ["info", "info"],
    );
  });

  it("sends Stop and Soft Reset to the server", async () => {
    const h = harness();
    const registry = new FakeRegistry();
    registerCommands(registry, h.deps);
    await registry.handlers.get(Command.stop)!();
    await registry.handlers.get(Command.softReset)!();
    assert.deepEqual(
      h.server.calls.map((c) => [c.command, c.args]),
      [
        ["upy.interrupt", []],
        ["upy.resetTarget", []],
      ],
    );
    assert.deepEqual(h.notify.messages, [{ level: "info", message: "MicroPython: soft reset done." }]);
  });

  it("hands UI commands to their actions, passing the explorer's resource", async () => {
    const h = harness();
    const registry = new FakeRegistry();
    registerCommands(registry, h.deps);
    for (const id of [Command.restartServer, Command.pickTarget, Command.syncProject, Command.openRepl, Command.showPins, Command.configurePylance]) {
      await registry.handlers.get(id)!();
    }
    await registry.handlers.get(Command.uploadFile)!("file:///project/lib/x.py");
    assert.deepEqual(h.actions, [
      "restartServer",
      "pickTarget",
      "syncProject",
      "openRepl",
      "showPins",
      "configurePylance",
      "uploadFile:file:///project/lib/x.py",
    ]);
  });
});
