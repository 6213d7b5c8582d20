// The target picker's model: what the quick pick lists, what choosing an item
// writes to settings, and what the status bar says.

import { BOARDS, type Board, type Settings } from "../settings";
import { type PortInfo, hex4 } from "./parse";

export type Target = { kind: "simulated"; board: Board | undefined } | { kind: "port"; port: string };

export interface PickItem {
  label: string;
  description?: string;
  detail?: string;
  /** Present on separators only. */
  separator?: true;
  picked?: boolean;
  target?: Target;
}

const BOARD_DESCRIPTIONS: Record<Board, string> = {
  esp32: "Espressif ESP32",
  rp2: "Raspberry Pi RP2040 (Pico)",
  generic: "Generic MicroPython, no board modules",
};

export function currentTarget(settings: Settings): Target {
  return settings.port !== undefined
    ? { kind: "port", port: settings.port }
    : { kind: "simulated", board: settings.board };
}

function sameTarget(a: Target, b: Target): boolean {
  return a.kind === "port" ? b.kind === "port" && a.port === b.port : b.kind === "simulated" && a.board === b.board;
}

function portDetail(info: PortInfo): string | undefined {
  const parts: string[] = [];
  if (info.vid !== undefined && info.pid !== undefined) {
    parts.push(`USB ${hex4(info.vid)}:${hex4(info.pid)}`);
  }
  if (info.manufacturer) parts.push(info.manufacturer);
  if (info.serialNumber) parts.push(`serial ${info.serialNumber}`);
  return parts.length > 0 ? parts.join(" · ") : undefined;
}

/**
 * Detected ports first (what a user with a board plugged in wants), then the
 * simulated boards. A configured port that is not detected stays listed, so
 * the current choice is always visible.
 */
export function pickItems(ports: readonly PortInfo[], settings: Settings, portsError?: string): PickItem[] {
  const current = currentTarget(settings);
  const items: PickItem[] = [{ label: "Serial ports", separator: true }];
  const listed = [...ports];
  if (current.kind === "port" && !listed.some((p) => p.port === current.port)) {
    listed.unshift({ port: current.port, board: "not detected now" });
  }
  if (portsError !== undefined) {
    items.push({ label: "$(warning) Could not list serial ports", detail: portsError });
  } else if (listed.length === 0) {
    items.push({ label: "$(info) No serial ports found", detail: "Plug in a board, then open this list again." });
  }
  for (const info of listed) {
    const target: Target = { kind: "port", port: info.port };
    const item: PickItem = { label: `$(plug) ${info.port}`, target, picked: sameTarget(target, current) };
    if (info.board) item.description = info.board;
    const detail = portDetail(info);
    if (detail) item.detail = detail;
    items.push(item);
  }
  items.push({ label: "Simulated boards (run locally)", separator: true });
  for (const board of [undefined, ...BOARDS] as const) {
    const target: Target = { kind: "simulated", board };
    items.push({
      label: `$(circuit-board) ${board ?? "auto"}`,
      description: board ? BOARD_DESCRIPTIONS[board] : "Checks: a `# board:` comment, else upy.toml, else generic. Runs: upy.toml's board, else esp32",
      target,
      picked: sameTarget(target, current),
    });
  }
  return items;
}

/** Setting writes for a chosen target; the port setting alone decides board vs. simulation. */
export function settingsForTarget(target: Target): Array<{ key: "board" | "port"; value: string }> {
  if (target.kind === "port") {
    return [{ key: "port", value: target.port }];
  }
  return [
    { key: "port", value: "" },
    { key: "board", value: target.board ?? "auto" },
  ];
}

export function statusText(settings: Settings, running: boolean): { text: string; tooltip: string } {
  const icon = running ? "$(sync~spin)" : settings.port !== undefined ? "$(plug)" : "$(circuit-board)";
  if (settings.port !== undefined) {
    return {
      text: `${icon} ${settings.port}`,
      tooltip: `MicroPython: running on the board at ${settings.port} (${settings.baudrate} baud). Click to change.`,
    };
  }
  const board = settings.board ?? "auto";
  const clock = settings.virtualTime ? ", virtual time" : "";
  return {
    text: `${icon} ${board} (simulated)`,
    tooltip: `MicroPython: running locally on a simulated ${board} board${clock}. Click to pick a board or serial port.`,
  };
}
