// Which workspace folders are MicroPython projects, and which documents the
// language server is given. Python files outside those folders stay with
// whatever Python tooling the user has: this extension must not break normal
// Python projects open in the same window.

import { BOARDS, type Board } from "./settings";

export const MARKER_FILES = ["upy.toml", "boot.py", "main.py"] as const;

export interface FolderProbe {
  /** Folder path as the file system sees it (`uri.fsPath`). */
  fsPath: string;
  /** The folder's `upy.enable` setting: forced on, forced off, or undefined to look for marker files. */
  enabled: boolean | undefined;
  /** Whether the named file exists at the folder's root. */
  hasFile(name: string): Promise<boolean>;
}

export async function isMicroPythonFolder(folder: FolderProbe): Promise<boolean> {
  // An explicit false lets a CPython project that happens to have a main.py opt out.
  if (folder.enabled !== undefined) return folder.enabled;
  for (const name of MARKER_FILES) {
    if (await folder.hasFile(name)) return true;
  }
  return false;
}

/** Glob special characters in a folder name must match literally. */
export function escapeGlob(text: string): string {
  return text.replace(/[[\]{}*?]/g, (c) => `[${c}]`);
}

/** A document filter (LSP `TextDocumentFilter` shape). */
export interface DocumentFilter {
  language: string;
  scheme?: string;
  pattern?: string;
}

/**
 * Python files inside MicroPython folders, plus anything in the `micropython`
 * language (notebook cells of the micropython kernel, untitled buffers).
 */
export function documentSelector(microPythonFolders: readonly string[]): DocumentFilter[] {
  const selector: DocumentFilter[] = [{ language: "micropython" }];
  for (const folder of microPythonFolders) {
    const base = escapeGlob(folder.replace(/\\/g, "/").replace(/\/+$/, ""));
    selector.push({ language: "python", scheme: "file", pattern: `${base}/**/*` });
  }
  return selector;
}

/**
 * The board `upy.toml` names, read as the server reads it: `board = "…"` at
 * the top level, or in a `[target]` table. Only this one key is wanted, so a
 * line reader does; anything it does not understand counts as no board.
 */
export function boardInUpyToml(text: string): Board | undefined {
  let table = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const header = /^\[\s*([A-Za-z0-9_.-]+)\s*\]$/.exec(line);
    if (header) {
      table = header[1];
      continue;
    }
    const entry = /^board\s*=\s*["']([^"']*)["']$/.exec(line);
    if (entry && (table === "" || table === "target")) {
      const name = entry[1].trim().toLowerCase();
      // The aliases upy-boards knows (boards/src/*.rs).
      const aliases: Record<string, Board> = { rp2040: "rp2", pico: "rp2", pico_w: "rp2", rpi_pico: "rp2", unix: "generic" };
      const board = aliases[name] ?? name;
      return (BOARDS as readonly string[]).includes(board) ? (board as Board) : undefined;
    }
  }
  return undefined;
}
