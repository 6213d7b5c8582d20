// "Open Board REPL": an integrated terminal running `upy repl`, reused while
// it lives and the target is unchanged.

import * as vscode from "vscode";
import { replArgs, replTitle } from "../repl";
import type { Board, Settings } from "../settings";

export class ReplTerminal implements vscode.Disposable {
  private terminal: vscode.Terminal | undefined;
  private argsKey = "";
  private readonly closeListener = vscode.window.onDidCloseTerminal((closed) => {
    if (closed === this.terminal) this.terminal = undefined;
  });

  open(binary: string, settings: Settings, cwd: string | undefined, projectBoard?: Board): void {
    const args = replArgs(settings, projectBoard);
    const key = JSON.stringify([binary, args]);
    if (this.terminal && key !== this.argsKey) {
      this.terminal.dispose(); // the target changed: a REPL on the old one would mislead
      this.terminal = undefined;
    }
    if (!this.terminal) {
      this.terminal = vscode.window.createTerminal({ name: replTitle(settings, projectBoard), shellPath: binary, shellArgs: args, cwd });
      this.argsKey = key;
    }
    this.terminal.show();
  }

  dispose(): void {
    this.closeListener.dispose();
    this.terminal?.dispose();
  }
}
