// The status bar item naming the target; clicking it opens the target picker.

import * as vscode from "vscode";
import { Command } from "../commands";
import { statusText } from "../ports/picker";
import type { Settings } from "../settings";

export class TargetStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("upy.target", vscode.StatusBarAlignment.Left, 50);
  private running = false;
  private settings: Settings | undefined;

  constructor() {
    this.item.name = "MicroPython Target";
    this.item.command = Command.pickTarget;
  }

  update(settings: Settings): void {
    this.settings = settings;
    this.render();
  }

  setRunning(running: boolean): void {
    this.running = running;
    this.render();
  }

  setVisible(visible: boolean): void {
    if (visible) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    this.item.dispose();
  }

  private render(): void {
    if (!this.settings) return;
    const { text, tooltip } = statusText(this.settings, this.running);
    this.item.text = text;
    this.item.tooltip = tooltip;
  }
}
