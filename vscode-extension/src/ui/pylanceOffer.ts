// Offers once (remembered in globalState) to configure Pylance for the
// MicroPython folders, and does it on request.

import * as vscode from "vscode";
import type { RunProcess } from "../host";
import {
  ACCEPT,
  DECLINE,
  OFFER_MESSAGE,
  OFFER_STATE_KEY,
  PYLANCE_EXTENSION_ID,
  exportArgs,
  pylanceWrites,
  shouldOffer,
  stubFolderName,
} from "../pylance/plan";
import type { Settings } from "../settings";

export interface PylanceDeps {
  context: vscode.ExtensionContext;
  binary(): Promise<string | Error>;
  settingsFor(folder: vscode.WorkspaceFolder): Settings;
  microPythonFolders(): vscode.WorkspaceFolder[];
  run: RunProcess;
}

export async function maybeOfferPylance(deps: PylanceDeps): Promise<void> {
  const offer = shouldOffer({
    alreadyAnswered: deps.context.globalState.get<boolean>(OFFER_STATE_KEY) === true,
    pylanceInstalled: vscode.extensions.getExtension(PYLANCE_EXTENSION_ID) !== undefined,
    microPythonFolders: deps.microPythonFolders().length,
  });
  if (!offer) return;
  const choice = await vscode.window.showInformationMessage(OFFER_MESSAGE, ACCEPT, DECLINE);
  // Any answer, dismissal included, is final: the command stays for later.
  await deps.context.globalState.update(OFFER_STATE_KEY, true);
  if (choice === ACCEPT) await configurePylance(deps);
}

export async function configurePylance(deps: PylanceDeps): Promise<void> {
  const folders = deps.microPythonFolders();
  if (folders.length === 0) {
    void vscode.window.showInformationMessage("MicroPython: no MicroPython folder is open (no upy.toml, boot.py or main.py, and upy.enable is not set).");
    return;
  }
  const binary = await deps.binary();
  if (binary instanceof Error) {
    void vscode.window.showErrorMessage(binary.message);
    return;
  }
  for (const folder of folders) {
    const settings = deps.settingsFor(folder);
    const stubDir = vscode.Uri.joinPath(deps.context.globalStorageUri, "stubs", stubFolderName(folder.uri.toString())).fsPath;
    const result = await deps.run(binary, exportArgs(stubDir, settings.board), { cwd: folder.uri.fsPath, timeoutMs: 30_000 });
    if (result.error !== undefined || result.code !== 0) {
      const why = result.error ?? (result.stderr.trim() || `exit code ${result.code}`);
      void vscode.window.showErrorMessage(`MicroPython: exporting stubs for ${folder.name} failed: ${why}`);
      continue;
    }
    const config = vscode.workspace.getConfiguration(undefined, folder.uri);
    const existing = config.inspect("python.analysis.diagnosticSeverityOverrides")?.workspaceFolderValue;
    try {
      for (const write of pylanceWrites(stubDir, existing)) {
        await config.update(`${write.section}.${write.key}`, write.value, vscode.ConfigurationTarget.WorkspaceFolder);
      }
      void vscode.window.showInformationMessage(`MicroPython: Pylance now uses the ${settings.board ?? "project's"} board stubs in ${folder.name}.`);
    } catch (e) {
      void vscode.window.showErrorMessage(`MicroPython: writing Pylance settings for ${folder.name} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

/** After a board change, refresh stubs where Pylance already points at ours. */
export async function refreshStubsIfConfigured(deps: PylanceDeps, folder: vscode.WorkspaceFolder): Promise<void> {
  const ours = vscode.Uri.joinPath(deps.context.globalStorageUri, "stubs", stubFolderName(folder.uri.toString())).fsPath;
  const current = vscode.workspace.getConfiguration("python.analysis", folder.uri).inspect<string>("stubPath")?.workspaceFolderValue;
  if (current !== ours) return;
  const binary = await deps.binary();
  if (binary instanceof Error) return;
  await deps.run(binary, exportArgs(ours, deps.settingsFor(folder).board), { cwd: folder.uri.fsPath, timeoutMs: 30_000 });
}
