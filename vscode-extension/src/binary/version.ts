// `upy --version` prints `upy X.Y.Z`; the extension needs at least MIN_VERSION
// because it relies on `upy lsp`, `upy ports --json` and `upy stubs export`.

export const MIN_VERSION: Version = { major: 0, minor: 1, patch: 0 };

export interface Version {
  major: number;
  minor: number;
  patch: number;
}

/** Finds `upy X.Y.Z` (pre-release or build suffixes allowed) anywhere in the output. */
export function parseVersionOutput(output: string): Version | undefined {
  const match = /^upy (\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.+-]*)?\s*$/m.exec(output);
  if (!match) {
    return undefined;
  }
  const [major, minor, patch] = match.slice(1, 4).map((part) => Number.parseInt(part, 10));
  return { major, minor, patch };
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export function formatVersion(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}`;
}
