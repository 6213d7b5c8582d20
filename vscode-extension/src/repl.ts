// The command line of the "Open Board REPL" terminal.

import type { Settings } from "./settings";

export function replArgs(settings: Settings): string[] {
  if (settings.port !== undefined) {
    return ["repl", "--port", settings.port, "--baudrate", String(settings.baudrate)];
  }
  // No board connected: a REPL on the simulated board, so the command still helps.
  // Without --board the CLI takes the board from upy.toml, like the server does.
  return settings.board !== undefined ? ["repl", "--board", settings.board] : ["repl"];
}

export function replTitle(settings: Settings): string {
  return settings.port !== undefined ? `MicroPython REPL (${settings.port})` : "MicroPython REPL (simulated)";
}
