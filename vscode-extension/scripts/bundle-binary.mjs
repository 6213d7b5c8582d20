// Copies a `upy` binary into bin/<platform>-<arch>/, where the extension looks
// before PATH, so the packaged .vsix runs with nothing installed.
//
//   node scripts/bundle-binary.mjs [BINARY]     (default: UPY_BIN, else ../target/release/upy)
//
// UPY_TARGET (e.g. linux-x64) names the platform folder when packaging for
// another machine than this one.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const target = process.env.UPY_TARGET || `${process.platform}-${process.arch}`;
const exe = target.startsWith("win32") ? "upy.exe" : "upy";
const source = path.resolve(process.argv[2] || process.env.UPY_BIN || path.join(root, "..", "target", "release", exe));

if (!fs.existsSync(source)) {
  console.error(`bundle-binary: ${source} does not exist; build it with \`cargo build --release -p upy\` or pass its path`);
  process.exit(1);
}
const dir = path.join(root, "bin", target);
fs.rmSync(path.join(root, "bin"), { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
const dest = path.join(dir, exe);
fs.copyFileSync(source, dest);
fs.chmodSync(dest, 0o755);
console.log(`bundle-binary: ${path.relative(root, dest)} (${(fs.statSync(dest).size / 1e6).toFixed(1)} MB) from ${source}`);
