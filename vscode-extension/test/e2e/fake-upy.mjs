// A stand-in `upy` for checking the end-to-end harness itself (see
// test/unit/e2eHarness.test.ts): it speaks just enough LSP to answer the
// harness, and fails loudly if it is started with arguments or
// initializationOptions other than the extension's. It says nothing about the
// real server; lsp.e2e.mjs against target/debug/upy does.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lsp = require("vscode-languageserver-protocol/node");

const args = process.argv.slice(2);
if (args.join(" ") === "--version") {
  console.log("upy 0.1.0");
  process.exit(0);
}
if (args.join(" ") !== "lsp") {
  console.error(`error: unrecognized subcommand '${args[0]}'`);
  process.exit(2);
}

// FAKE_UPY_CRASH_ONCE=<file>: the first server to start (the file does not
// exist yet) dies right after `initialized`, as a crashing server would.
import * as fs from "node:fs";
const crashOnce = process.env.FAKE_UPY_CRASH_ONCE;
const crashNow = crashOnce !== undefined && !fs.existsSync(crashOnce);
if (crashNow) fs.writeFileSync(crashOnce, "crashed");

const connection = lsp.createProtocolConnection(
  new lsp.StreamMessageReader(process.stdin),
  new lsp.StreamMessageWriter(process.stdout),
);

connection.onRequest(lsp.InitializeRequest.type, (params) => {
  const keys = Object.keys(params.initializationOptions ?? {}).sort().join(",");
  if (keys !== "baudrate,board,port,virtualTime") {
    throw new Error(`unexpected initializationOptions ${JSON.stringify(params.initializationOptions)}`);
  }
  return {
    capabilities: {
      textDocumentSync: lsp.TextDocumentSyncKind.Full,
      completionProvider: { triggerCharacters: ["."] },
      executeCommandProvider: { commands: ["upy.runCell", "upy.runFile", "upy.putFile", "upy.pinsSvg", "upy.resetTarget"] },
    },
  };
});

connection.onNotification(lsp.DidOpenTextDocumentNotification.type, ({ textDocument }) => {
  const diagnostics = [];
  textDocument.text.split("\n").forEach((line, n) => {
    const module = /^import (threading)/.exec(line);
    if (module) {
      diagnostics.push({ range: { start: { line: n, character: 7 }, end: { line: n, character: 16 } }, code: "MPY201", message: "no module named 'threading' on esp32" });
    }
    const at = line.indexOf("undefined_name");
    if (at >= 0) {
      diagnostics.push({ range: { start: { line: n, character: at }, end: { line: n, character: at + 14 } }, code: "MPY101", message: "undefined_name is not defined" });
    }
  });
  connection.sendNotification(lsp.PublishDiagnosticsNotification.type, { uri: textDocument.uri, diagnostics });
});

connection.onRequest(lsp.CompletionRequest.type, () => ["Pin", "I2C", "reset"].map((label) => ({ label })));

// Just enough of a board for the harness's board-command checks: files put
// to it, and the one global a run of the uploaded module defines.
const files = new Map();
let imported = false;

connection.onRequest(lsp.ExecuteCommandRequest.type, async ({ command, arguments: params }) => {
  const [run] = params ?? [];
  if (command === "upy.putFile") {
    files.set(run.path, Buffer.from(run.contentBase64, "base64").toString());
    return { path: run.path };
  }
  if (command === "upy.pinsSvg") return { svg: '<svg xmlns="http://www.w3.org/2000/svg"><text>GPIO2</text></svg>' };
  if (command === "upy.resetTarget") {
    imported = false;
    return { target: "simulated esp32" };
  }
  if ((command !== "upy.runCell" && command !== "upy.runFile") || typeof run?.code !== "string" || typeof run?.uri !== "string" || typeof run?.line !== "number") {
    throw new Error(`unexpected command ${command} ${JSON.stringify(params)}`);
  }
  if (run.code.startsWith("from greet import WORD")) {
    imported = files.has("/lib/greet.py");
    connection.sendNotification("upy/output", { text: imported ? "hello\n" : "ImportError\n", stream: "stdout" });
    return { status: "ok" };
  }
  if (run.code.includes("'WORD' in globals()")) {
    connection.sendNotification("upy/output", { text: imported ? "True\n" : "False\n", stream: "stdout" });
    return { status: "ok" };
  }
  // Two chunks, as a real run prints them one at a time.
  // FAKE_UPY_OUTPUT lets the harness check prove it notices wrong output.
  connection.sendNotification("upy/output", { text: process.env.FAKE_UPY_OUTPUT ?? "42\n", stream: "stdout" });
  connection.sendNotification("upy/output", { text: "done\n", stream: "stdout" });
  return { status: "ok" };
});

connection.onNotification(lsp.InitializedNotification.type, () => {
  if (crashNow) setTimeout(() => process.exit(3), 50);
});

connection.onRequest(lsp.ShutdownRequest.type, () => null);
connection.onNotification(lsp.ExitNotification.type, () => process.exit(0));
connection.listen();
