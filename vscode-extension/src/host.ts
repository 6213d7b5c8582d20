// The small slice of the editor API the extension's logic needs. The real
// implementation adapts `vscode` (see ui/adapters.ts); unit tests pass plain
// objects, so this logic runs under `node --test` without VS Code.

export interface Disposable {
  dispose(): void;
}

/** A settings section as read for one folder (`vscode.WorkspaceConfiguration`). */
export interface ConfigReader {
  get<T>(key: string): T | undefined;
}

/** Where setting writes go: never user-wide for project-specific choices. */
export type SettingsScope = "workspace" | "folder" | "global";

export interface ConfigWriter {
  update(key: string, value: unknown, scope: SettingsScope): Promise<void>;
}

export interface Notifier {
  info(message: string, ...actions: string[]): Promise<string | undefined>;
  warn(message: string, ...actions: string[]): Promise<string | undefined>;
  error(message: string, ...actions: string[]): Promise<string | undefined>;
}

/** The result of running a command line to completion. */
export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the process could not be started at all (ENOENT, EACCES, timeout). */
  error?: string;
}

export type RunProcess = (
  command: string,
  args: readonly string[],
  options?: { cwd?: string; timeoutMs?: number },
) => Promise<ProcessResult>;
