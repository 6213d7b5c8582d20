import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type DiscoveryEnv, bundledPath, candidates, discover } from "../../src/binary/discover";
import { describeProblem } from "../../src/binary/messages";
import { MIN_VERSION, compareVersions, parseVersionOutput } from "../../src/binary/version";
import { fakeRun } from "./fakes";

function env(overrides: Partial<DiscoveryEnv> & { existing?: string[]; versions?: Record<string, string> }): DiscoveryEnv {
  const existing = new Set(overrides.existing ?? []);
  const table: Record<string, { stdout: string }> = {};
  for (const [file, stdout] of Object.entries(overrides.versions ?? {})) table[`${file} --version`] = { stdout };
  return {
    platform: "linux",
    arch: "x64",
    pathVariable: "/usr/local/bin:/usr/bin",
    extensionPath: "/ext",
    configuredPath: undefined,
    isExecutableFile: async (file) => existing.has(file),
    run: fakeRun(table),
    ...overrides,
  };
}

describe("version", () => {
  it("parses `upy X.Y.Z` and ignores other lines", () => {
    assert.deepEqual(parseVersionOutput("upy 1.2.3\n"), { major: 1, minor: 2, patch: 3 });
    assert.deepEqual(parseVersionOutput("warning: x\nupy 0.10.0-dev+abc\n"), { major: 0, minor: 10, patch: 0 });
    assert.equal(parseVersionOutput("upy: under construction\n"), undefined);
    assert.equal(parseVersionOutput("notupy 1.2.3"), undefined);
    assert.equal(parseVersionOutput(""), undefined);
  });

  it("compares numerically, not as text", () => {
    assert.ok(compareVersions({ major: 0, minor: 10, patch: 0 }, { major: 0, minor: 9, patch: 9 }) > 0);
    assert.equal(compareVersions(MIN_VERSION, { ...MIN_VERSION }), 0);
  });
});

describe("candidates", () => {
  it("orders setting, bundled binary, then PATH entries", () => {
    const list = candidates(env({ configuredPath: "/opt/upy" }));
    assert.deepEqual(
      list.map((c) => [c.source, c.file]),
      [
        ["setting", "/opt/upy"],
        ["bundled", "/ext/bin/linux-x64/upy"],
        ["path", "/usr/local/bin/upy"],
        ["path", "/usr/bin/upy"],
      ],
    );
  });

  it("skips empty, relative and repeated PATH entries", () => {
    const list = candidates(env({ pathVariable: ":.:bin:/usr/bin::/usr/bin" }));
    assert.deepEqual(
      list.filter((c) => c.source === "path").map((c) => c.file),
      ["/usr/bin/upy"],
    );
  });

  it("uses upy.exe and ; on Windows", () => {
    const e = env({ platform: "win32", arch: "arm64", extensionPath: "C:\\ext", pathVariable: 'C:\\tools;"C:\\Program Files\\upy"' });
    assert.equal(bundledPath(e), "C:\\ext\\bin\\win32-arm64\\upy.exe");
    assert.deepEqual(
      candidates(e).filter((c) => c.source === "path").map((c) => c.file),
      ["C:\\tools\\upy.exe", "C:\\Program Files\\upy\\upy.exe"],
    );
  });
});

describe("discover", () => {
  it("prefers the bundled binary over PATH", async () => {
    const result = await discover(
      env({ existing: ["/ext/bin/linux-x64/upy", "/usr/bin/upy"], versions: { "/ext/bin/linux-x64/upy": "upy 0.1.0\n" } }),
    );
    assert.deepEqual(result, { kind: "found", file: "/ext/bin/linux-x64/upy", source: "bundled", version: { major: 0, minor: 1, patch: 0 } });
  });

  it("falls back to PATH", async () => {
    const result = await discover(env({ existing: ["/usr/bin/upy"], versions: { "/usr/bin/upy": "upy 2.0.0" } }));
    assert.equal(result.kind, "found");
    assert.equal(result.kind === "found" && result.source, "path");
  });

  it("reports a configured path that does not exist instead of silently using another", async () => {
    const result = await discover(env({ configuredPath: "/nope/upy", existing: ["/usr/bin/upy"] }));
    assert.deepEqual(result, { kind: "configuredMissing", file: "/nope/upy" });
    assert.match(describeProblem(result)!.message, /upy\.path.*\/nope\/upy/);
  });

  it("lists every place looked at when nothing is found", async () => {
    const result = await discover(env({}));
    assert.equal(result.kind, "missing");
    assert.equal(result.kind === "missing" && result.tried.length, 3);
    assert.match(describeProblem(result)!.message, /cargo build --release/);
  });

  it("rejects a binary older than the minimum, naming both versions", async () => {
    const result = await discover(env({ existing: ["/usr/bin/upy"], versions: { "/usr/bin/upy": "upy 0.0.9" } }));
    assert.equal(result.kind, "tooOld");
    assert.match(describeProblem(result)!.message, /0\.0\.9.*0\.1\.0 or newer/);
  });

  it("explains a binary whose --version output is not upy's", async () => {
    const result = await discover(env({ existing: ["/usr/bin/upy"], versions: { "/usr/bin/upy": "upy: under construction\n" } }));
    assert.equal(result.kind, "unusable");
    assert.match(describeProblem(result)!.message, /printed "upy: under construction" instead of "upy X\.Y\.Z"/);
  });

  it("explains a binary that cannot be started", async () => {
    const result = await discover(env({ existing: ["/usr/bin/upy"] }));
    assert.equal(result.kind, "unusable");
    assert.match(describeProblem(result)!.message, /ENOENT/);
  });
});
