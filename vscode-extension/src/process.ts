// Running the `upy` binary for short jobs (--version, ports, stubs export),
// and checking that a path is an executable file.

import { execFile } from "node:child_process";
import { constants, promises as fs } from "node:fs";
import type { ProcessResult, RunProcess } from "./host";

export const runProcess: RunProcess = (command, args, options = {}) =>
  new Promise<ProcessResult>((resolve) => {
    execFile(
      command,
      [...args],
      { cwd: options.cwd, timeout: options.timeoutMs ?? 30_000, maxBuffer: 16 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        const result: ProcessResult = { code: 0, stdout: String(stdout), stderr: String(stderr) };
        if (error) {
          const e = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
          if (typeof e.code === "number") {
            result.code = e.code;
          } else {
            result.code = null;
            result.error = e.killed ? `timed out after ${options.timeoutMs ?? 30_000} ms` : e.message;
          }
        }
        resolve(result);
      },
    );
  });

export async function isExecutableFile(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return false;
    if (process.platform !== "win32") await fs.access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
