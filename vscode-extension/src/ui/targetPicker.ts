// The target quick pick: simulated boards at once, detected serial ports as
// soon as `upy ports --json` answers.

import * as vscode from "vscode";
import type { RunProcess } from "../host";
import { parsePortsJson } from "../ports/parse";
import { type PickItem, type Target, pickItems, settingsForTarget } from "../ports/picker";
import type { Settings } from "../settings";

export interface PickerDeps {
  binary(): Promise<string | Error>;
  settings(): Settings;
  /** Writes one `upy.*` setting where the project keeps it. */
  write(key: string, value: unknown): Promise<void>;
  run: RunProcess;
  cwd: string | undefined;
}

type Item = vscode.QuickPickItem & { target?: Target };

function toQuickPickItems(items: PickItem[]): Item[] {
  return items.map((item) =>
    item.separator
      ? { label: item.label, kind: vscode.QuickPickItemKind.Separator }
      : {
          label: item.picked ? `${item.label}  $(check)` : item.label,
          description: item.description,
          detail: item.detail,
          target: item.target,
        },
  );
}

async function listPorts(deps: PickerDeps): Promise<{ ports: ReturnType<typeof parsePortsJson> }> {
  const binary = await deps.binary();
  if (binary instanceof Error) return { ports: { ok: false, error: binary.message } };
  const result = await deps.run(binary, ["ports", "--json"], { cwd: deps.cwd, timeoutMs: 15_000 });
  if (result.error !== undefined || result.code !== 0) {
    const why = result.error ?? (result.stderr.trim().split(/\r?\n/)[0] || `exit code ${result.code}`);
    return { ports: { ok: false, error: `upy ports --json failed: ${why}` } };
  }
  return { ports: parsePortsJson(result.stdout) };
}

export async function pickTarget(deps: PickerDeps): Promise<Target | undefined> {
  const quickPick = vscode.window.createQuickPick<Item>();
  quickPick.title = "MicroPython: run code on…";
  quickPick.placeholder = "A serial port with a board, or a simulated board";
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;
  quickPick.busy = true;
  quickPick.items = toQuickPickItems(pickItems([], deps.settings(), undefined)).filter(
    (item) => !item.label.startsWith("$(info)"), // "no ports found" would be premature
  );
  quickPick.show();

  void listPorts(deps).then(({ ports }) => {
    quickPick.items = toQuickPickItems(
      ports.ok ? pickItems(ports.ports, deps.settings()) : pickItems([], deps.settings(), ports.error),
    );
    quickPick.busy = false;
  });

  const chosen = await new Promise<Target | undefined>((resolve) => {
    quickPick.onDidAccept(() => {
      const target = quickPick.selectedItems[0]?.target;
      if (target) {
        resolve(target);
        quickPick.hide();
      }
    });
    quickPick.onDidHide(() => resolve(undefined));
  });
  quickPick.dispose();
  if (!chosen) return undefined;
  for (const { key, value } of settingsForTarget(chosen)) {
    await deps.write(key, value);
  }
  return chosen;
}
