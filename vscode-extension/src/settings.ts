// The extension's settings (section `upy`), read defensively: a hand-edited
// settings.json can hold any JSON value under any key.

import type { ConfigReader } from "./host";

export const SECTION = "upy";

export const BOARDS = ["esp32", "rp2", "generic"] as const;
export type Board = (typeof BOARDS)[number];

export const DEFAULT_BAUDRATE = 115200;

/** Setting keys, relative to the `upy` section, as declared in package.json. */
export const KEYS = ["path", "board", "port", "baudrate", "virtualTime", "enable"] as const;
export type SettingKey = (typeof KEYS)[number];

export interface Settings {
  /** Explicit path to the binary, or undefined to search for it. */
  path: string | undefined;
  /**
   * undefined means "auto": the server checks a file against its `# board:` comment, else
   * upy.toml's board, else generic; runs go to upy.toml's board, else esp32.
   */
  board: Board | undefined;
  /** undefined means the simulated board. */
  port: string | undefined;
  baudrate: number;
  virtualTime: boolean;
  /** true: a MicroPython folder whatever it holds; false: never; undefined: decided by marker files. */
  enable: boolean | undefined;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function isBoard(value: unknown): value is Board {
  return typeof value === "string" && (BOARDS as readonly string[]).includes(value);
}

export function readSettings(config: ConfigReader): Settings {
  const board = config.get<unknown>("board");
  const baudrate = config.get<unknown>("baudrate");
  return {
    path: nonEmptyString(config.get<unknown>("path")),
    board: isBoard(board) ? board : undefined,
    port: nonEmptyString(config.get<unknown>("port")),
    baudrate:
      typeof baudrate === "number" && Number.isInteger(baudrate) && baudrate > 0 ? baudrate : DEFAULT_BAUDRATE,
    virtualTime: config.get<unknown>("virtualTime") === true,
    enable: typeof config.get<unknown>("enable") === "boolean" ? config.get<boolean>("enable") : undefined,
  };
}

/**
 * What the server is told about the target, both as `initializationOptions`
 * and as the argument of `upy.selectTarget`. Null fields mean "not chosen":
 * board from upy.toml / `# board:` comments, and the simulated board rather
 * than a serial port.
 */
export interface TargetOptions {
  board: Board | null;
  port: string | null;
  baudrate: number;
  virtualTime: boolean;
}

export function targetOptions(settings: Settings): TargetOptions {
  return {
    board: settings.board ?? null,
    port: settings.port ?? null,
    baudrate: settings.baudrate,
    virtualTime: settings.virtualTime,
  };
}

/** Whether a settings change means the server must be told of a new target. */
export function targetChanged(a: Settings, b: Settings): boolean {
  return a.board !== b.board || a.port !== b.port || a.baudrate !== b.baudrate || a.virtualTime !== b.virtualTime;
}
