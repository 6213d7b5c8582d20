// Finds the `upy` binary: the `upy.path` setting, then a binary shipped inside
// the extension for this platform, then `PATH`. The first candidate that exists
// decides; it is then asked for its version.

import * as path from "node:path";
import type { RunProcess } from "../host";
import { MIN_VERSION, type Version, compareVersions, parseVersionOutput } from "./version";

export type Source = "setting" | "bundled" | "path";

export interface Candidate {
  source: Source;
  file: string;
}

export interface DiscoveryEnv {
  platform: NodeJS.Platform;
  arch: string;
  /** The PATH environment variable (Path on Windows). */
  pathVariable: string | undefined;
  /** Extension install folder, where `bin/<platform>-<arch>/` may hold a binary. */
  extensionPath: string;
  /** The `upy.path` setting, already trimmed; undefined when unset. */
  configuredPath: string | undefined;
  isExecutableFile(file: string): Promise<boolean>;
  run: RunProcess;
}

export type Discovery =
  | { kind: "found"; file: string; source: Source; version: Version }
  | { kind: "missing"; tried: Candidate[] }
  | { kind: "configuredMissing"; file: string }
  | { kind: "tooOld"; file: string; source: Source; version: Version; minimum: Version }
  | { kind: "unusable"; file: string; source: Source; reason: string };

export function executableName(platform: NodeJS.Platform): string {
  return platform === "win32" ? "upy.exe" : "upy";
}

export function bundledPath(env: Pick<DiscoveryEnv, "platform" | "arch" | "extensionPath">): string {
  const p = env.platform === "win32" ? path.win32 : path.posix;
  return p.join(env.extensionPath, "bin", `${env.platform}-${env.arch}`, executableName(env.platform));
}

/** Every place the binary is looked for, in order. */
export function candidates(env: DiscoveryEnv): Candidate[] {
  const p = env.platform === "win32" ? path.win32 : path.posix;
  const list: Candidate[] = [];
  if (env.configuredPath !== undefined) {
    list.push({ source: "setting", file: env.configuredPath });
  }
  list.push({ source: "bundled", file: bundledPath(env) });
  const delimiter = env.platform === "win32" ? ";" : ":";
  const seen = new Set<string>();
  for (const dir of (env.pathVariable ?? "").split(delimiter)) {
    // An empty PATH entry means the current directory; never run a binary from there.
    const cleaned = dir.trim().replace(/^"(.*)"$/, "$1");
    if (cleaned === "" || !p.isAbsolute(cleaned) || seen.has(cleaned)) {
      continue;
    }
    seen.add(cleaned);
    list.push({ source: "path", file: p.join(cleaned, executableName(env.platform)) });
  }
  return list;
}

const VERSION_TIMEOUT_MS = 10_000;

export async function discover(env: DiscoveryEnv): Promise<Discovery> {
  const all = candidates(env);
  let chosen: Candidate | undefined;
  for (const candidate of all) {
    if (await env.isExecutableFile(candidate.file)) {
      chosen = candidate;
      break;
    }
    if (candidate.source === "setting") {
      // An explicit choice that does not work is reported, not silently replaced.
      return { kind: "configuredMissing", file: candidate.file };
    }
  }
  if (!chosen) {
    return { kind: "missing", tried: all };
  }
  const result = await env.run(chosen.file, ["--version"], { timeoutMs: VERSION_TIMEOUT_MS });
  if (result.error !== undefined) {
    return { kind: "unusable", file: chosen.file, source: chosen.source, reason: result.error };
  }
  const version = parseVersionOutput(result.stdout);
  if (!version) {
    const printed = (result.stdout + result.stderr).trim().split(/\r?\n/)[0] ?? "";
    const reason =
      printed === ""
        ? `\`upy --version\` printed nothing (exit code ${result.code})`
        : `\`upy --version\` printed "${printed.slice(0, 120)}" instead of "upy X.Y.Z"`;
    return { kind: "unusable", file: chosen.file, source: chosen.source, reason };
  }
  if (compareVersions(version, MIN_VERSION) < 0) {
    return { kind: "tooOld", file: chosen.file, source: chosen.source, version, minimum: MIN_VERSION };
  }
  return { kind: "found", file: chosen.file, source: chosen.source, version };
}
