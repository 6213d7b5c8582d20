// A small stand-in for the parts of the `vscode` API the logic modules see.

import * as fs from "node:fs";
import * as path from "node:path";
import type { CommandDeps, CommandRegistry, ServerLink } from "../../src/commands";
import type { ConfigReader, Disposable, Notifier, ProcessResult, RunProcess } from "../../src/host";
import { type Channel, RunOutput } from "../../src/run/output";
import type { EditorSnapshot } from "../../src/run/requests";

export const EXTENSION_ROOT = path.resolve(__dirname, "../../..");

export function manifest(): any {
  return JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, "package.json"), "utf8"));
}

export class FakeConfig implements ConfigReader {
  constructor(private readonly values: Record<string, unknown> = {}) {}
  get<T>(key: string): T | undefined {
    return this.values[key] as T | undefined;
  }
}

export class FakeChannel implements Channel {
  text = "";
  shows = 0;
  append(text: string): void {
    this.text += text;
  }
  appendLine(text: string): void {
    this.text += text + "\n";
  }
  show(): void {
    this.shows += 1;
  }
}

export class FakeNotifier implements Notifier {
  readonly messages: Array<{ level: "info" | "warn" | "error"; message: string }> = [];
  info(message: string): Promise<string | undefined> {
    this.messages.push({ level: "info", message });
    return Promise.resolve(undefined);
  }
  warn(message: string): Promise<string | undefined> {
    this.messages.push({ level: "warn", message });
    return Promise.resolve(undefined);
  }
  error(message: string): Promise<string | undefined> {
    this.messages.push({ level: "error", message });
    return Promise.resolve(undefined);
  }
}

/** Records requests; answers with a canned reply or a thrown error per command. */
export class FakeServer implements ServerLink {
  readonly calls: Array<{ command: string; args: unknown[] }> = [];
  readonly replies = new Map<string, unknown>();
  readonly failures = new Map<string, Error>();
  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    this.calls.push({ command, args });
    const failure = this.failures.get(command);
    if (failure) return Promise.reject(failure);
    return Promise.resolve(this.replies.get(command) ?? null);
  }
}

export class FakeRegistry implements CommandRegistry {
  readonly handlers = new Map<string, (...args: unknown[]) => unknown>();
  registerCommand(id: string, handler: (...args: unknown[]) => unknown): Disposable {
    if (this.handlers.has(id)) throw new Error(`command ${id} registered twice`);
    this.handlers.set(id, handler);
    return { dispose: () => this.handlers.delete(id) };
  }
}

export function editor(text: string, cursorLine = 0, selectionText = "", selectionStartLine = cursorLine): EditorSnapshot {
  return { uri: "file:///project/main.py", languageId: "python", text, cursorLine, selectionText, selectionStartLine };
}

export interface Harness {
  deps: CommandDeps;
  server: FakeServer;
  channel: FakeChannel;
  notify: FakeNotifier;
  inFlight: number[];
  actions: string[];
  setEditor(e: EditorSnapshot | undefined): void;
}

export function harness(): Harness {
  const server = new FakeServer();
  const channel = new FakeChannel();
  const notify = new FakeNotifier();
  const inFlight: number[] = [];
  const actions: string[] = [];
  let current: EditorSnapshot | undefined;
  const action = (name: string) => async (...args: unknown[]) => {
    actions.push(args.length > 0 && args[0] !== undefined ? `${name}:${String(args[0])}` : name);
  };
  const deps: CommandDeps = {
    activeEditor: () => current,
    server,
    output: new RunOutput(channel, () => 0),
    notify,
    targetLabel: () => "esp32 (simulated)",
    runsInFlight: (n) => inFlight.push(n),
    actions: {
      restartServer: action("restartServer"),
      pickTarget: action("pickTarget"),
      uploadFile: action("uploadFile"),
      syncProject: action("syncProject"),
      openRepl: action("openRepl"),
      showPins: action("showPins"),
      configurePylance: action("configurePylance"),
    },
  };
  return { deps, server, channel, notify, inFlight, actions, setEditor: (e) => (current = e) };
}

/** A RunProcess answering from a table keyed by "command arg1 arg2". */
export function fakeRun(table: Record<string, Partial<ProcessResult>>): RunProcess & { calls: string[] } {
  const calls: string[] = [];
  const run = async (command: string, args: readonly string[]) => {
    const key = [command, ...args].join(" ");
    calls.push(key);
    const answer = table[key];
    if (!answer) return { code: null, stdout: "", stderr: "", error: `spawn ${command} ENOENT` };
    return { code: 0, stdout: "", stderr: "", ...answer };
  };
  return Object.assign(run, { calls });
}
