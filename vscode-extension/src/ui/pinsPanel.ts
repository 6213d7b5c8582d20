// "Show Pins": a webview with the simulated board's picture, asked from the
// server (`upy.pinsSvg`) when opened and again after every run.

import * as vscode from "vscode";
import { messageHtml, pinsHtml } from "../pins/html";
import { type PinsSvgParams, ServerCommand, parsePinsSvg } from "../server/protocol";
import type { ServerLink } from "../commands";

export class PinsPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(
    private readonly server: ServerLink,
    private readonly board: () => string | null,
  ) {}

  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = vscode.window.createWebviewPanel(
        "upy.pins",
        "MicroPython Pins",
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: false, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
    }
    await this.refresh();
  }

  /** Redraws if open; called after runs, which change pin states. */
  async refresh(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const params: PinsSvgParams = { board: this.board() };
    try {
      const svg = parsePinsSvg(await this.server.executeCommand(ServerCommand.pinsSvg, [params]));
      panel.webview.html = svg
        ? pinsHtml(svg, `Pins of the ${params.board ?? "current"} board`)
        : messageHtml("The language server sent no board picture.");
    } catch (e) {
      panel.webview.html = messageHtml(`Could not get the board picture: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
