// What the user reads when the binary cannot be used, always with the fix.

import type { Discovery } from "./discover";
import { formatVersion } from "./version";

export const INSTALL_HINT =
  "Build it with `cargo build --release` in the upy repository and put target/release/upy on PATH, or set `upy.path` to it.";

export interface Problem {
  message: string;
  /** Offer to open the `upy.path` setting. */
  openSettings: boolean;
}

export function describeProblem(result: Discovery): Problem | undefined {
  switch (result.kind) {
    case "found":
      return undefined;
    case "configuredMissing":
      return {
        message: `MicroPython: the upy.path setting points to "${result.file}", which is not an executable file. Fix or clear upy.path.`,
        openSettings: true,
      };
    case "missing":
      return {
        message: `MicroPython: the upy binary was not found (looked in upy.path, the extension's bin folder and PATH). ${INSTALL_HINT}`,
        openSettings: true,
      };
    case "tooOld":
      return {
        message: `MicroPython: ${result.file} is upy ${formatVersion(result.version)}; this extension needs upy ${formatVersion(result.minimum)} or newer. Update it, or set upy.path to a newer binary.`,
        openSettings: true,
      };
    case "unusable":
      return {
        message: `MicroPython: ${result.file} cannot be used: ${result.reason}. ${INSTALL_HINT}`,
        openSettings: true,
      };
  }
}
