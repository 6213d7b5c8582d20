// A fake `vscode` module for loading the bundled extension under node: real
// behaviour for what the composition root uses, and an inert stand-in for
// whatever vscode-languageclient touches while its module loads.

import * as fs from "node:fs";
import Module from "node:module";

export interface FakeWorld {
  folders: string[];
  settings: Record<string, unknown>;
}

export interface FakeRecord {
  commands: Map<string, (...args: unknown[]) => unknown>;
  contexts: Map<string, unknown>;
  messages: Array<{ level: string; message: string }>;
  statusItems: Array<{ text: string; visible: boolean; command?: string }>;
  channels: Map<string, string>;
}

/** Anything: callable, constructible, every property another inert stand-in. */
function inert(): any {
  const target = function () {};
  const proxy: any = new Proxy(target, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => "" : key === "then" ? undefined : proxy),
    apply: () => proxy,
    construct: () => proxy,
  });
  return proxy;
}

/** `target`, with an inert stand-in for every key it lacks, namespaces included. */
function withFallback(target: Record<string, unknown>): unknown {
  for (const [key, value] of Object.entries(target)) {
    const isNamespace = typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
    if (isNamespace && /^[a-z]/.test(key)) target[key] = withFallback(value as Record<string, unknown>);
  }
  return new Proxy(target, { get: (t, key) => (key in t ? t[key as string] : typeof key === "symbol" ? undefined : inert()) });
}

class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(p: string): Uri {
    return new Uri("file", p);
  }
  static parse(text: string): Uri {
    const match = /^([a-z-]+):\/\/(.*)$/.exec(text);
    return match ? new Uri(match[1], match[2]) : new Uri("file", text);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path.replace(/\/+$/, ""), ...parts].join("/"));
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export function fakeVscode(world: FakeWorld): { api: unknown; record: FakeRecord } {
  const record: FakeRecord = { commands: new Map(), contexts: new Map(), messages: [], statusItems: [], channels: new Map() };
  const event = () => ({ dispose() {} });
  const message = (level: string) => async (text: string) => {
    record.messages.push({ level, message: text });
    return undefined;
  };
  const folders = world.folders.map((p, index) => ({ uri: Uri.file(p), name: p.split("/").pop(), index }));
  const api: Record<string, unknown> = {
    version: "1.82.0",
    Uri,
    EventEmitter: class {
      private listeners: Array<(e: unknown) => void> = [];
      event = (listener: (e: unknown) => void) => {
        this.listeners.push(listener);
        return { dispose() {} };
      };
      fire(e: unknown) {
        for (const l of this.listeners) l(e);
      }
      dispose() {}
    },
    Disposable: class {
      constructor(private readonly fn?: () => void) {}
      static from(...items: Array<{ dispose(): void }>) {
        return { dispose: () => items.forEach((i) => i.dispose()) };
      }
      dispose() {
        this.fn?.();
      }
    },
    RelativePattern: class {
      constructor(
        readonly base: unknown,
        readonly pattern: string,
      ) {}
    },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
    ViewColumn: { Active: -1, Beside: -2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    QuickPickItemKind: { Separator: -1, Default: 0 },
    window: {
      activeTextEditor: undefined,
      createOutputChannel: (name: string) => {
        record.channels.set(name, "");
        const add = (text: string) => record.channels.set(name, record.channels.get(name) + text);
        return { name, append: add, appendLine: (t: string) => add(`${t}\n`), show() {}, hide() {}, clear() {}, dispose() {} };
      },
      createStatusBarItem: () => {
        const item = { text: "", tooltip: "", visible: false, command: undefined as string | undefined, name: "" };
        record.statusItems.push(item);
        return Object.assign(item, {
          show: () => (item.visible = true),
          hide: () => (item.visible = false),
          dispose() {},
        });
      },
      showInformationMessage: message("info"),
      showWarningMessage: message("warn"),
      showErrorMessage: message("error"),
      setStatusBarMessage: () => ({ dispose() {} }),
      onDidCloseTerminal: event,
    },
    commands: {
      registerCommand: (id: string, handler: (...args: unknown[]) => unknown) => {
        if (record.commands.has(id)) throw new Error(`command '${id}' already exists`);
        record.commands.set(id, handler);
        return { dispose: () => record.commands.delete(id) };
      },
      executeCommand: async (id: string, ...args: unknown[]) => {
        if (id === "setContext") record.contexts.set(String(args[0]), args[1]);
        else return record.commands.get(id)?.(...args);
      },
    },
    workspace: {
      workspaceFolders: folders.length > 0 ? folders : undefined,
      textDocuments: [],
      getConfiguration: (section?: string) => ({
        get: (key: string) => world.settings[section ? `${section}.${key}` : key],
        inspect: () => undefined,
        update: async (key: string, value: unknown) => {
          world.settings[section ? `${section}.${key}` : key] = value;
        },
      }),
      fs: {
        stat: async (uri: Uri) => {
          const stat = await fs.promises.stat(uri.fsPath);
          return { size: stat.size, type: stat.isFile() ? 1 : 2 };
        },
      },
      onDidChangeConfiguration: event,
      onDidChangeWorkspaceFolders: event,
      onDidOpenTextDocument: event,
      createFileSystemWatcher: () => ({ onDidCreate: event, onDidDelete: event, onDidChange: event, dispose() {} }),
    },
    extensions: { getExtension: () => undefined },
  };
  return { api: withFallback(api), record };
}

/** Loads a fresh copy of `file` with `require("vscode")` answered by `api`. */
export function loadWithVscode(file: string, api: unknown): any {
  const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = mod._load;
  mod._load = function (request: string, ...rest: unknown[]) {
    return request === "vscode" ? api : original.call(this, request, ...rest);
  };
  try {
    delete require.cache[require.resolve(file)];
    return require(file);
  } finally {
    mod._load = original;
  }
}
