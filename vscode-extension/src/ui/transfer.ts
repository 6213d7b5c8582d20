// "Upload File" and "Sync Project to Board": file contents go to the server
// (`upy.putFile`), which owns the connection to the target, so a transfer
// never fights a run for the serial port.

import * as vscode from "vscode";
import type { ServerLink } from "../commands";
import { ServerCommand, type PutFileParams } from "../server/protocol";
import { planSync, remotePath } from "../run/sync";

/** What is on screen, unsaved edits included, else what is on disk. */
async function readContent(uri: vscode.Uri): Promise<Uint8Array> {
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  if (open?.isDirty) return Buffer.from(open.getText(), "utf8");
  return vscode.workspace.fs.readFile(uri);
}

function boardPathFor(uri: vscode.Uri): string {
  const relative = vscode.workspace.asRelativePath(uri, false);
  // asRelativePath returns the input unchanged for files outside the workspace.
  return relative === uri.fsPath || relative === uri.path ? remotePath(uri.path.split("/").pop() ?? "file") : remotePath(relative);
}

async function upload(server: ServerLink, uri: vscode.Uri, path: string): Promise<void> {
  const params: PutFileParams = { path, contentBase64: Buffer.from(await readContent(uri)).toString("base64") };
  await server.executeCommand(ServerCommand.putFile, [params]);
}

export async function uploadFile(server: ServerLink, resource: unknown): Promise<void> {
  const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
  if (!uri || (uri.scheme !== "file" && uri.scheme !== "untitled")) {
    void vscode.window.showInformationMessage("MicroPython: open or select a file to upload.");
    return;
  }
  const path = boardPathFor(uri);
  try {
    await upload(server, uri, path);
    vscode.window.setStatusBarMessage(`$(check) Uploaded ${path}`, 4_000);
  } catch (e) {
    void vscode.window.showErrorMessage(`MicroPython: uploading ${path} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function syncProject(server: ServerLink, folders: readonly vscode.WorkspaceFolder[]): Promise<void> {
  const folder =
    folders.length <= 1
      ? folders[0]
      : await vscode.window.showWorkspaceFolderPick({ placeHolder: "Which project goes to the board?" });
  if (!folder) {
    if (folders.length === 0) void vscode.window.showInformationMessage("MicroPython: open a MicroPython project folder to sync it.");
    return;
  }
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, "**/*"), "{**/.git/**,**/node_modules/**,**/.venv/**}");
  const files = await Promise.all(
    uris.map(async (uri) => ({ uri, relative: vscode.workspace.asRelativePath(uri, false), size: (await vscode.workspace.fs.stat(uri)).size })),
  );
  const byRelative = new Map(files.map((f) => [f.relative.replace(/\\/g, "/"), f.uri]));
  const plan = planSync(files);
  if (plan.upload.length === 0) {
    void vscode.window.showInformationMessage("MicroPython: no files to sync in this project.");
    return;
  }
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "MicroPython: syncing project", cancellable: true },
    async (progress, token) => {
      let done = 0;
      for (const entry of plan.upload) {
        if (token.isCancellationRequested) return { done, cancelled: true as const };
        progress.report({ message: `${entry.remote} (${done + 1}/${plan.upload.length})`, increment: 100 / plan.upload.length });
        const uri = byRelative.get(entry.relative);
        if (!uri) continue;
        try {
          await upload(server, uri, entry.remote);
        } catch (e) {
          return { done, failed: `${entry.remote}: ${e instanceof Error ? e.message : String(e)}` };
        }
        done += 1;
      }
      return { done };
    },
  );
  const skipped = plan.skipped.length > 0 ? ` Skipped: ${plan.skipped.map((s) => `${s.relative} (${s.reason})`).join(", ")}.` : "";
  if ("failed" in outcome) {
    void vscode.window.showErrorMessage(`MicroPython: sync stopped after ${outcome.done} files at ${outcome.failed}.${skipped}`);
  } else if ("cancelled" in outcome) {
    void vscode.window.showWarningMessage(`MicroPython: sync cancelled after ${outcome.done} of ${plan.upload.length} files.`);
  } else {
    void vscode.window.showInformationMessage(`MicroPython: synced ${outcome.done} files to the board.${skipped}`);
  }
}
