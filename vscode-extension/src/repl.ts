// The command line of the "Open Board REPL" terminal.

import type { Board, Settings } from "./settings";

/**
 * `upy repl --port P` for a connected board; with no port, the simulated
 * board's REPL (`upy repl` alone would look for a real board on a serial
 * port). On "auto" that is the board `upy.toml` names, as the server's runs
 * use, else esp32 (the server's own default for runs).
 */
export function replArgs(settings: Settings, projectBoard?: Board): string[] {
  if (settings.port !== undefined) {
    return ["repl", "--port", settings.port, "--baudrate", String(settings.baudrate)];
  }
  return ["repl", "--board", settings.board ?? projectBoard ?? "esp32"];
}

export function replTitle(settings: Settings, projectBoard?: Board): string {
  if (settings.port !== undefined) return `MicroPython REPL (${settings.port})`;
  return `MicroPython REPL (simulated ${settings.board ?? projectBoard ?? "esp32"})`;
}
