// Command wiring: every command the extension contributes, mapped to its
// handler. The run commands live here in full; commands that are mostly
// editor UI (pickers, webviews, terminals) are delegated to `actions`.

import type { Disposable, Notifier } from "./host";
import type { RunOutput } from "./run/output";
import { type Built, type EditorSnapshot, cellRequest, fileRequest, selectionRequest } from "./run/requests";
import { ServerCommand, parseRunResult } from "./server/protocol";

export const Command = {
  restartServer: "upy.restartServer",
  pickTarget: "upy.pickTarget",
  runCurrentFile: "upy.runCurrentFile",
  runCurrentCell: "upy.runCurrentCell",
  runSelection: "upy.runSelection",
  stop: "upy.stop",
  uploadFile: "upy.uploadFile",
  syncProject: "upy.syncProject",
  openRepl: "upy.openRepl",
  softReset: "upy.softReset",
  showPins: "upy.showPins",
  configurePylance: "upy.configurePylance",
} as const;

export type CommandId = (typeof Command)[keyof typeof Command];

/** The language server as the commands see it; it starts the server if needed. */
export interface ServerLink {
  executeCommand(command: string, args: unknown[]): Promise<unknown>;
}

export interface Actions {
  restartServer(): Promise<void>;
  pickTarget(): Promise<void>;
  /** `resource` is the explorer's clicked file when run from its context menu. */
  uploadFile(resource: unknown): Promise<void>;
  syncProject(): Promise<void>;
  openRepl(): Promise<void>;
  showPins(): Promise<void>;
  configurePylance(): Promise<void>;
}

export interface CommandDeps {
  activeEditor(): EditorSnapshot | undefined;
  server: ServerLink;
  output: RunOutput;
  notify: Notifier;
  /** "esp32 (simulated)", "/dev/ttyUSB0": for the output channel's run header. */
  targetLabel(): string;
  /** Runs in flight changed; drives the status bar spinner and the Stop key. */
  runsInFlight(count: number): void;
  actions: Actions;
}

export interface CommandRegistry {
  registerCommand(id: string, handler: (...args: unknown[]) => unknown): Disposable;
}

type Handler = (...args: unknown[]) => Promise<void>;

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function commandHandlers(deps: CommandDeps): Record<CommandId, Handler> {
  let inFlight = 0;

  const run = async (serverCommand: string, build: (editor: EditorSnapshot) => Built) => {
    const editor = deps.activeEditor();
    if (!editor) {
      await deps.notify.info("MicroPython: open a Python file to run it.");
      return;
    }
    const built = build(editor);
    if (!built.ok) {
      await deps.notify.info(`MicroPython: ${built.reason}`);
      return;
    }
    deps.output.started(built.what, deps.targetLabel());
    deps.runsInFlight(++inFlight);
    try {
      const result = parseRunResult(await deps.server.executeCommand(serverCommand, [built.params]));
      deps.output.finished(result);
    } catch (e) {
      deps.output.failed(errorMessage(e));
      await deps.notify.error(`MicroPython: could not run the ${built.what}: ${errorMessage(e)}`);
    } finally {
      deps.runsInFlight(--inFlight);
    }
  };

  const simple = async (serverCommand: string, done: string | undefined, failure: string) => {
    try {
      await deps.server.executeCommand(serverCommand, []);
      if (done) await deps.notify.info(done);
    } catch (e) {
      await deps.notify.error(`MicroPython: ${failure}: ${errorMessage(e)}`);
    }
  };

  return {
    [Command.restartServer]: () => deps.actions.restartServer(),
    [Command.pickTarget]: () => deps.actions.pickTarget(),
    [Command.runCurrentFile]: () => run(ServerCommand.runFile, fileRequest),
    [Command.runCurrentCell]: () => run(ServerCommand.runCell, cellRequest),
    [Command.runSelection]: () => run(ServerCommand.runCell, selectionRequest),
    [Command.stop]: () => simple(ServerCommand.interrupt, undefined, "could not stop the running code"),
    [Command.uploadFile]: (resource?: unknown) => deps.actions.uploadFile(resource),
    [Command.syncProject]: () => deps.actions.syncProject(),
    [Command.openRepl]: () => deps.actions.openRepl(),
    [Command.softReset]: () => simple(ServerCommand.resetTarget, "MicroPython: soft reset done.", "soft reset failed"),
    [Command.showPins]: () => deps.actions.showPins(),
    [Command.configurePylance]: () => deps.actions.configurePylance(),
  };
}

export function registerCommands(registry: CommandRegistry, deps: CommandDeps): Disposable[] {
  const handlers = commandHandlers(deps);
  return (Object.keys(handlers) as CommandId[]).map((id) => registry.registerCommand(id, handlers[id]));
}
