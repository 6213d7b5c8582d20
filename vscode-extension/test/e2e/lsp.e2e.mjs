// End to end without VS Code: starts `upy lsp` exactly as the extension does
// (same arguments from SERVER_ARGS, same initializationOptions built by the
// settings module) over stdio with vscode-languageserver-protocol, then checks
// diagnostics, completion and `upy.runCell` output.
//
//   npm run build && UPY_BIN=../target/debug/upy node --test test/e2e/
//
// Skips, saying why, when the binary is missing, does not report a version, or
// has no `lsp` subcommand yet; any other failure fails.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const lsp = require("vscode-languageserver-protocol/node");
const { SERVER_ARGS, ServerCommand, OUTPUT_NOTIFICATION, parseOutputParams, parsePinsSvg } = require("../../out/src/server/protocol.js");
const { readSettings, targetOptions } = require("../../out/src/settings.js");
const { parseVersionOutput } = require("../../out/src/binary/version.js");

const STEP_TIMEOUT_MS = 15_000;

/** The user's `upy` settings in this test, as VS Code would hold them (package.json defaults + board). */
const USER_SETTINGS = { path: "", board: "esp32", port: "", baudrate: 115200, virtualTime: false, enable: null };
const bin = process.env.UPY_BIN || path.resolve(here, "../../../target/debug/upy");

/** Why the server cannot be tested yet, or undefined when it can. */
function unavailable() {
  if (!fs.existsSync(bin)) return `${bin} does not exist (build it with \`cargo build\`, or set UPY_BIN)`;
  const run = spawnSync(bin, ["--version"], { encoding: "utf8", timeout: 10_000 });
  if (run.error) return `${bin} --version could not run: ${run.error.message}`;
  if (!parseVersionOutput(run.stdout ?? "")) {
    const printed = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim().split("\n")[0];
    return `${bin} --version printed "${printed}", not "upy X.Y.Z": the CLI is not there yet`;
  }
  return undefined;
}

/** An exit before answering `initialize` with one of these means "no lsp subcommand yet". */
const NOT_IMPLEMENTED = /unrecognized subcommand|unknown (sub)?command|invalid subcommand|under construction|not implemented/i;

function within(promise, what, ms = STEP_TIMEOUT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * vscode-jsonrpc rethrows a failed write inside a promise executor, so a write
 * to a server that died becomes an unhandled EPIPE rejection that fails the
 * run with no useful message. Writes here never fail; a dead server shows up as
 * its exit, which every wait below watches.
 */
function tolerantWriter(inner) {
  return {
    get onError() {
      return inner.onError;
    },
    get onClose() {
      return inner.onClose;
    },
    write: (message) => inner.write(message).catch(() => undefined),
    end: () => inner.end(),
    dispose: () => inner.dispose(),
  };
}

class Server {
  constructor(cwd) {
    this.child = spawn(bin, [...SERVER_ARGS], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.stderr = "";
    this.child.stderr.on("data", (chunk) => (this.stderr += chunk));
    this.child.stdin.on("error", () => undefined); // reported through the exit code instead
    this.exited = new Promise((resolve) => this.child.on("exit", (code, signal) => resolve({ code, signal })));
    this.connection = lsp.createProtocolConnection(
      new lsp.StreamMessageReader(this.child.stdout),
      tolerantWriter(new lsp.StreamMessageWriter(this.child.stdin)),
    );
    this.diagnostics = new Map();
    this.diagnosticWaiters = [];
    this.output = [];
    this.connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      for (const waiter of this.diagnosticWaiters) waiter();
    });
    this.connection.onNotification(OUTPUT_NOTIFICATION, (params) => {
      const parsed = parseOutputParams(params);
      if (parsed) this.output.push(parsed);
    });
    // Answer the requests a client must answer, as vscode-languageclient would.
    // `workspace/configuration` answered as vscode-languageclient does: the section's settings.
    this.connection.onRequest(lsp.ConfigurationRequest.type, (params) =>
      params.items.map(({ section }) => {
        if (section === "upy") return USER_SETTINGS;
        if (section?.startsWith("upy.")) return USER_SETTINGS[section.slice(4)] ?? null;
        return null;
      }),
    );
    this.connection.onRequest(lsp.RegistrationRequest.type, () => null);
    this.connection.onRequest(lsp.WorkDoneProgressCreateRequest.type, () => null);
    this.connection.onRequest(lsp.WorkspaceFoldersRequest.type, () => this.folders ?? null);
    this.connection.listen();
  }

  /** Resolves with the initialize result, or with { exitedEarly } if the process died first. */
  async initialize(rootUri, initializationOptions) {
    this.folders = [{ uri: rootUri, name: path.basename(fileURLToPath(rootUri)) }];
    const request = this.connection.sendRequest(lsp.InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: "upy-e2e" },
      rootUri,
      workspaceFolders: this.folders,
      initializationOptions,
      capabilities: {
        general: { positionEncodings: ["utf-16"] },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          completion: { completionItem: { snippetSupport: false, documentationFormat: ["markdown", "plaintext"] } },
          hover: { contentFormat: ["markdown", "plaintext"] },
        },
        workspace: { configuration: true, workspaceFolders: true, executeCommand: {} },
      },
    });
    // A server that dies at once makes the write fail (EPIPE) before "exit" is seen.
    const answered = request.then(
      (result) => result,
      async (error) => {
        const exit = await within(this.exited, "the server to exit", 2_000).catch(() => undefined);
        if (exit) return { exitedEarly: exit };
        throw error;
      },
    );
    const early = this.exited.then((exit) => ({ exitedEarly: exit }));
    const result = await within(Promise.race([answered, early]), "the initialize answer");
    if (!result.exitedEarly) this.connection.sendNotification(lsp.InitializedNotification.type, {});
    return result;
  }

  open(uri, text) {
    this.connection.sendNotification(lsp.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: "python", version: 1, text },
    });
  }

  /** Waits until published diagnostics for `uri` satisfy `done`. */
  waitDiagnostics(uri, done, what) {
    return within(
      new Promise((resolve) => {
        const check = () => {
          const list = this.diagnostics.get(uri);
          if (list && done(list)) {
            this.diagnosticWaiters = this.diagnosticWaiters.filter((w) => w !== check);
            resolve(list);
          }
        };
        this.diagnosticWaiters.push(check);
        check();
      }),
      what,
    ).catch((e) => {
      const seen = JSON.stringify(this.diagnostics.get(uri) ?? null);
      throw new Error(`${e.message}; last diagnostics for ${uri}: ${seen}`);
    });
  }

  request(type, params, what) {
    const died = this.exited.then(({ code, signal }) => {
      throw new Error(`the server exited (code ${code}, signal ${signal}) while waiting for ${what}; stderr:\n${this.stderr}`);
    });
    died.catch(() => undefined); // only the race below should hear of an exit after the answer
    return within(Promise.race([this.connection.sendRequest(type, params), died]), what);
  }

  async stop() {
    try {
      await within(this.connection.sendRequest(lsp.ShutdownRequest.type), "the shutdown answer", 5_000);
      this.connection.sendNotification(lsp.ExitNotification.type);
      await within(this.exited, "the server to exit", 5_000);
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}

test("upy lsp, started as the extension starts it", async (t) => {
  const reason = unavailable();
  if (reason) {
    console.log(`# SKIP upy lsp end-to-end: ${reason}`);
    t.skip(reason);
    return;
  }

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "upy-e2e-"));
  fs.writeFileSync(path.join(workspace, "main.py"), "");
  const rootUri = pathToFileURL(workspace).href;
  const server = new Server(workspace);
  t.after(() => {
    server.child.kill();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  // The options a user gets with `"upy.board": "esp32"` and everything else default.
  const initializationOptions = targetOptions(readSettings({ get: (key) => USER_SETTINGS[key] }));
  const init = await server.initialize(rootUri, initializationOptions);
  if (init.exitedEarly) {
    const { code, signal } = init.exitedEarly;
    if (NOT_IMPLEMENTED.test(server.stderr)) {
      const why = `\`upy lsp\` is not implemented yet (exit ${code}: ${server.stderr.trim().split("\n")[0]})`;
      console.log(`# SKIP upy lsp end-to-end: ${why}`);
      t.skip(why);
      return;
    }
    assert.fail(`upy lsp exited before answering initialize (code ${code}, signal ${signal}); stderr:\n${server.stderr}`);
  }
  const capabilities = init.capabilities;
  assert.ok(capabilities, "initialize answered without capabilities");

  await t.test("reports MicroPython diagnostics with codes", async () => {
    const uri = `${rootUri}/diagnostics.py`;
    server.open(uri, "import threading\nprint(undefined_name)\n");
    const list = await server.waitDiagnostics(
      uri,
      (l) => l.some((d) => d.range.start.line === 0) && l.some((d) => d.range.start.line === 1),
      "diagnostics on both lines of diagnostics.py",
    );
    const missingModule = list.find((d) => d.range.start.line === 0);
    assert.match(missingModule.message, /threading/);
    const undefinedName = list.find((d) => d.range.start.line === 1 && /undefined_name/.test(d.message));
    assert.ok(undefinedName, `no diagnostic names undefined_name: ${JSON.stringify(list)}`);
    assert.deepEqual(undefinedName.range.start, { line: 1, character: 6 });
    for (const d of list) assert.ok(d.code !== undefined && d.code !== "", `diagnostic without a code: ${JSON.stringify(d)}`);
  });

  await t.test("completes members of a board module", async () => {
    assert.ok(capabilities.completionProvider, "the server offers no completion");
    const uri = `${rootUri}/completion.py`;
    server.open(uri, "import machine\nmachine.\n");
    const result = await server.request(
      lsp.CompletionRequest.type,
      { textDocument: { uri }, position: { line: 1, character: 8 }, context: { triggerKind: 2, triggerCharacter: "." } },
      "completion after `machine.`",
    );
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    const labels = items.map((item) => item.label);
    for (const expected of ["Pin", "I2C", "reset"]) assert.ok(labels.includes(expected), `${expected} missing from ${labels.join(", ")}`);
  });

  await t.test("runs a cell and streams its output through upy/output", async () => {
    const commands = capabilities.executeCommandProvider?.commands ?? [];
    assert.ok(commands.includes(ServerCommand.runCell), `executeCommandProvider lists ${JSON.stringify(commands)}`);
    server.output.length = 0;
    const uri = `${rootUri}/cells.py`;
    const code = "x = 6 * 7\nprint(x)\nprint('done')";
    server.open(uri, `# %%\n${code}\n`);
    const result = await server.request(
      lsp.ExecuteCommandRequest.type,
      { command: ServerCommand.runCell, arguments: [{ uri, code, line: 1 }] },
      "upy.runCell to finish",
    );
    // The server sends the output before its reply, but a transport may
    // still deliver the last notification just after it: allow a moment.
    const stdoutText = () => server.output.filter((o) => o.stream === "stdout").map((o) => o.text).join("");
    for (let waited = 0; stdoutText() !== "42\ndone\n" && waited < 2000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.equal(stdoutText(), "42\ndone\n");
    assert.notEqual(result?.status, "error", `runCell reported ${JSON.stringify(result)}`);
  });

  await t.test("puts a file, draws the pins and soft-resets the simulated board", async () => {
    const commands = capabilities.executeCommandProvider?.commands ?? [];
    for (const name of [ServerCommand.putFile, ServerCommand.pinsSvg, ServerCommand.resetTarget]) {
      assert.ok(commands.includes(name), `executeCommandProvider lacks ${name}: ${JSON.stringify(commands)}`);
    }
    const uri = `${rootUri}/board.py`;
    server.open(uri, "");
    const runCode = async (code) => {
      server.output.length = 0;
      const result = await server.request(lsp.ExecuteCommandRequest.type, { command: ServerCommand.runCell, arguments: [{ uri, code, line: 0 }] }, "upy.runCell");
      const text = () => server.output.map((o) => o.text).join("");
      for (let waited = 0; text() === "" && waited < 2000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
      return { result, text: text() };
    };
    /** @type {import("../../src/server/protocol").PutFileParams} */
    const put = { path: "/lib/greet.py", contentBase64: Buffer.from("WORD = 'hello'\n").toString("base64") };
    await server.request(lsp.ExecuteCommandRequest.type, { command: ServerCommand.putFile, arguments: [put] }, "upy.putFile");
    const imported = await runCode("from greet import WORD\nfrom machine import Pin\nPin(2, Pin.OUT).value(1)\nprint(WORD)");
    assert.equal(imported.text, "hello\n", JSON.stringify(imported.result));
    const pins = await server.request(lsp.ExecuteCommandRequest.type, { command: ServerCommand.pinsSvg, arguments: [{ board: null }] }, "upy.pinsSvg");
    const svg = parsePinsSvg(pins);
    assert.ok(svg && svg.includes("GPIO2"), `no board picture in ${JSON.stringify(pins).slice(0, 200)}`);
    await server.request(lsp.ExecuteCommandRequest.type, { command: ServerCommand.resetTarget, arguments: [] }, "upy.resetTarget");
    const after = await runCode("print('WORD' in globals())");
    assert.equal(after.text, "False\n");
  });

  await t.test("shuts down cleanly", async () => {
    await server.stop();
  });
});
