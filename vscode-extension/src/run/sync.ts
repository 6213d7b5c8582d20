// Which project files "Sync Project to Board" copies, and where they land:
// the folder's tree mirrored under `/` on the board, minus editor, VCS and
// build clutter that has no business in a board's flash.

export interface SyncEntry {
  /** Path relative to the project folder, with forward slashes. */
  relative: string;
  /** Absolute path on the board. */
  remote: string;
}

export interface SyncPlan {
  upload: SyncEntry[];
  skipped: Array<{ relative: string; reason: string }>;
}

/** Folders never copied, at any depth. */
const SKIPPED_DIRS = new Set([
  ".git",
  ".hg",
  ".svn",
  ".vscode",
  ".idea",
  "__pycache__",
  "node_modules",
  ".venv",
  "venv",
  ".mypy_cache",
  ".pytest_cache",
  ".ipynb_checkpoints",
  "typings",
]);

/** Host-side files that mean nothing on the board. */
const SKIPPED_FILES = /(^|\/)(upy\.toml|\.gitignore|\.gitattributes|\.DS_Store|Thumbs\.db)$|\.(ipynb|pyi|pyc|md|vsix)$/i;

/** A board filesystem is small; refuse files that could not sensibly fit. */
export const MAX_FILE_BYTES = 512 * 1024;

export function remotePath(relative: string): string {
  return "/" + relative.replace(/\\/g, "/").replace(/^\/+/, "");
}

export function planSync(files: ReadonlyArray<{ relative: string; size: number }>): SyncPlan {
  const plan: SyncPlan = { upload: [], skipped: [] };
  for (const file of files) {
    const relative = file.relative.replace(/\\/g, "/").replace(/^\.?\/+/, "");
    const parts = relative.split("/");
    if (parts.slice(0, -1).some((dir) => SKIPPED_DIRS.has(dir))) {
      continue; // silently: nobody expects .git on a board
    }
    if (SKIPPED_FILES.test(relative) || parts[parts.length - 1].startsWith(".")) {
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      plan.skipped.push({ relative, reason: `${Math.round(file.size / 1024)} KiB is too large for a board's flash` });
      continue;
    }
    plan.upload.push({ relative, remote: remotePath(relative) });
  }
  // boot.py and main.py last: a board that resets mid-sync then boots old,
  // consistent code instead of a new main.py importing modules not yet copied.
  const rank = (e: SyncEntry) => (e.remote === "/main.py" ? 2 : e.remote === "/boot.py" ? 1 : 0);
  plan.upload.sort((a, b) => rank(a) - rank(b) || a.remote.localeCompare(b.remote));
  return plan;
}
