// Pylance coexistence. In a MicroPython folder Pylance reports `import machine`
// as unresolved and flags CPython-only gaps the other way round. The fix is two
// folder-level settings: `python.analysis.stubPath` pointing at the board
// stubs (exported by `upy stubs export`), and `reportMissingModuleSource`
// silenced because stubs have no source. Offered once, never written to user
// settings, so plain Python projects keep their behaviour.

export const PYLANCE_EXTENSION_ID = "ms-python.vscode-pylance";
export const OFFER_STATE_KEY = "upy.pylanceOffer.answered";

export const ACCEPT = "Configure Pylance";
export const DECLINE = "Not now";

export interface OfferContext {
  alreadyAnswered: boolean;
  pylanceInstalled: boolean;
  microPythonFolders: number;
}

export function shouldOffer(ctx: OfferContext): boolean {
  return !ctx.alreadyAnswered && ctx.pylanceInstalled && ctx.microPythonFolders > 0;
}

export const OFFER_MESSAGE =
  "MicroPython: Pylance does not know the board modules (machine, network, …) and will report them as missing. Point it at upy's board stubs for this workspace?";

/** `upy stubs export <dir> [--board <board>]`; without a board the CLI takes it from upy.toml. */
export function exportArgs(dir: string, board: string | undefined): string[] {
  const args = ["stubs", "export", dir];
  if (board !== undefined) args.push("--board", board);
  return args;
}

export interface SettingWrite {
  section: "python.analysis";
  key: "stubPath" | "diagnosticSeverityOverrides";
  value: unknown;
}

/** The folder-level writes, merging into overrides the user already has there. */
export function pylanceWrites(stubDir: string, existingOverrides: unknown): SettingWrite[] {
  const overrides =
    typeof existingOverrides === "object" && existingOverrides !== null && !Array.isArray(existingOverrides)
      ? { ...(existingOverrides as Record<string, unknown>) }
      : {};
  overrides.reportMissingModuleSource = "none";
  return [
    { section: "python.analysis", key: "stubPath", value: stubDir },
    { section: "python.analysis", key: "diagnosticSeverityOverrides", value: overrides },
  ];
}

/** A stable, file-name-safe folder name for one workspace folder's stubs. */
export function stubFolderName(folderUri: string): string {
  // FNV-1a: no crypto needed, just a short stable name.
  let hash = 0x811c9dc5;
  for (let i = 0; i < folderUri.length; i++) {
    hash ^= folderUri.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const base = folderUri.replace(/\/+$/, "").split("/").pop() ?? "folder";
  const safe = decodeURIComponentSafe(base).replace(/[^A-Za-z0-9_.-]/g, "_").slice(0, 40) || "folder";
  return `${safe}-${hash.toString(16).padStart(8, "0")}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
