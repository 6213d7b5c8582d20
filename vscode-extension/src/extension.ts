// The composition root: builds the pieces, adapts `vscode` to the small
// interfaces the logic modules take, and wires events.

import * as fs from "node:fs/promises";
import * as path from "node:path";
import * as vscode from "vscode";
import { type CommandDeps, registerCommands } from "./commands";
import type { Notifier, SettingsScope } from "./host";
import { runProcess } from "./process";
import { boardInUpyToml, isMicroPythonFolder } from "./project";
import { RunOutput } from "./run/output";
import type { EditorSnapshot } from "./run/requests";
import { UpyServer } from "./server/client";
import { ServerCommand } from "./server/protocol";
import { SECTION, type Settings, readSettings, targetChanged } from "./settings";
import { statusText } from "./ports/picker";
import { BinaryResolver } from "./ui/binaryResolver";
import { PinsPanel } from "./ui/pinsPanel";
import { type PylanceDeps, configurePylance, maybeOfferPylance, refreshStubsIfConfigured } from "./ui/pylanceOffer";
import { ReplTerminal } from "./ui/replTerminal";
import { TargetStatus } from "./ui/statusBar";
import { pickTarget } from "./ui/targetPicker";
import { syncProject, uploadFile } from "./ui/transfer";

let server: UpyServer | undefined;

const notifier: Notifier = {
  info: (message, ...actions) => Promise.resolve(vscode.window.showInformationMessage(message, ...actions)),
  warn: (message, ...actions) => Promise.resolve(vscode.window.showWarningMessage(message, ...actions)),
  error: (message, ...actions) => Promise.resolve(vscode.window.showErrorMessage(message, ...actions)),
};

function editorSnapshot(): EditorSnapshot | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { document, selection } = editor;
  return {
    uri: document.uri.toString(),
    languageId: document.languageId,
    text: document.getText(),
    cursorLine: selection.active.line,
    selectionText: document.getText(selection),
    selectionStartLine: selection.start.line,
  };
}

function hasMicroPythonDocuments(): boolean {
  return vscode.workspace.textDocuments.some((doc) => doc.languageId === "micropython");
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const runChannel = vscode.window.createOutputChannel("MicroPython");
  const logChannel = vscode.window.createOutputChannel("MicroPython Language Server");
  const status = new TargetStatus();
  const output = new RunOutput(runChannel, Date.now);
  const repl = new ReplTerminal();
  context.subscriptions.push(runChannel, logChannel, status, repl);

  let microPythonFolders: vscode.WorkspaceFolder[] = [];
  const scope = (): vscode.Uri | undefined => (microPythonFolders[0] ?? vscode.workspace.workspaceFolders?.[0])?.uri;
  const settings = (): Settings => readSettings(vscode.workspace.getConfiguration(SECTION, scope()));
  const settingsFor = (folder: vscode.WorkspaceFolder): Settings =>
    readSettings(vscode.workspace.getConfiguration(SECTION, folder.uri));

  const scopes: Record<SettingsScope, vscode.ConfigurationTarget> = {
    folder: vscode.ConfigurationTarget.WorkspaceFolder,
    workspace: vscode.ConfigurationTarget.Workspace,
    global: vscode.ConfigurationTarget.Global,
  };
  const writeSetting = async (key: string, value: unknown): Promise<void> => {
    const where: SettingsScope = microPythonFolders[0] ? "folder" : vscode.workspace.workspaceFolders ? "workspace" : "global";
    await vscode.workspace.getConfiguration(SECTION, scope()).update(key, value, scopes[where]);
  };

  const resolver = new BinaryResolver(context.extensionPath, () => settings().path, logChannel);
  const binary = () => resolver.resolve();

  server = new UpyServer({
    resolveBinary: binary,
    settings,
    microPythonFolders: () => microPythonFolders.map((f) => f.uri.fsPath),
    log: logChannel,
    notify: notifier,
    onOutput: (params) => output.notification(params),
    onRunning: () => undefined,
  });
  const link = server;
  const pins = new PinsPanel(link, () => settings().board ?? null);
  context.subscriptions.push(pins, { dispose: () => void link.stop() });

  const pylanceDeps: PylanceDeps = { context, binary, settingsFor, microPythonFolders: () => microPythonFolders, run: runProcess };

  const deps: CommandDeps = {
    activeEditor: editorSnapshot,
    server: link,
    output,
    notify: notifier,
    targetLabel: () => statusText(settings(), false).text.replace(/^\$\([^)]*\)\s*/, ""),
    runsInFlight: (count) => {
      status.setRunning(count > 0);
      void vscode.commands.executeCommand("setContext", "upy.running", count > 0);
      if (count === 0) void pins.refresh();
    },
    actions: {
      restartServer: async () => {
        resolver.invalidate();
        try {
          await link.restart();
          vscode.window.setStatusBarMessage("$(check) MicroPython language server restarted", 3_000);
        } catch (e) {
          logChannel.appendLine(`Restart failed: ${String(e)}`);
        }
      },
      // The settings it writes reach the server through the configuration listener below.
      pickTarget: async () => {
        await pickTarget({ binary, settings, write: writeSetting, run: runProcess, cwd: scope()?.fsPath });
      },
      uploadFile: (resource) => uploadFile(link, resource),
      syncProject: () => syncProject(link, microPythonFolders.length > 0 ? microPythonFolders : (vscode.workspace.workspaceFolders ?? [])),
      openRepl: async () => {
        const bin = await binary();
        if (bin instanceof Error) return;
        // The server may hold the port from a run: the terminal needs it.
        if (settings().port) await link.executeCommand(ServerCommand.releasePort, []).catch(() => undefined);
        const cwd = scope()?.fsPath;
        const toml = cwd ? await fs.readFile(path.join(cwd, "upy.toml"), "utf8").catch(() => "") : "";
        repl.open(bin, settings(), cwd, boardInUpyToml(toml));
      },
      showPins: () => pins.show(),
      configurePylance: () => configurePylance(pylanceDeps),
    },
  };
  context.subscriptions.push(...registerCommands(vscode.commands, deps));

  const refreshFolders = async (): Promise<void> => {
    const found: vscode.WorkspaceFolder[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const isMpy = await isMicroPythonFolder({
        fsPath: folder.uri.fsPath,
        enabled: settingsFor(folder).enable,
        hasFile: async (name) => {
          try {
            await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, name));
            return true;
          } catch {
            return false;
          }
        },
      });
      if (isMpy) found.push(folder);
    }
    microPythonFolders = found;
    const active = found.length > 0 || hasMicroPythonDocuments();
    void vscode.commands.executeCommand("setContext", "upy.active", active);
    status.update(settings());
    status.setVisible(active);
    if (active) {
      await link.foldersChanged();
      link.ensureStarted().catch((e) => logChannel.appendLine(`Not started: ${e instanceof Error ? e.message : String(e)}`));
    } else {
      await link.stop(); // the last MicroPython folder left the window
    }
  };

  let lastSettings = settings();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      const now = settings();
      status.update(now);
      if (event.affectsConfiguration(`${SECTION}.path`)) {
        resolver.invalidate();
        if (link.isRunning) void deps.actions.restartServer();
      }
      if (event.affectsConfiguration(`${SECTION}.enable`)) await refreshFolders();
      if (targetChanged(lastSettings, now)) {
        link.selectTarget(now).catch((e) => logChannel.appendLine(`upy.selectTarget failed: ${String(e)}`));
        void pins.refresh();
        for (const folder of microPythonFolders) void refreshStubsIfConfigured(pylanceDeps, folder);
      }
      lastSettings = now;
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void refreshFolders()),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      if (doc.languageId === "micropython") void refreshFolders();
    }),
  );

  // A marker file appearing or vanishing turns a folder into (or out of) a MicroPython project.
  const watcher = vscode.workspace.createFileSystemWatcher("**/{upy.toml,boot.py,main.py}", false, true, false);
  let pending: NodeJS.Timeout | undefined;
  const later = () => {
    clearTimeout(pending);
    pending = setTimeout(() => void refreshFolders(), 300);
  };
  context.subscriptions.push(watcher, watcher.onDidCreate(later), watcher.onDidDelete(later), {
    dispose: () => clearTimeout(pending),
  });

  await refreshFolders();
  void maybeOfferPylance(pylanceDeps);
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
