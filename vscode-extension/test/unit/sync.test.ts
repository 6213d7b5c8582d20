import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_FILE_BYTES, planSync, remotePath } from "../../src/run/sync";

describe("sync plan", () => {
  it("mirrors the project under /, skipping host clutter, main.py and boot.py last", () => {
    const plan = planSync(
      [
        "main.py",
        "boot.py",
        "lib/ssd1306.py",
        "lib/__pycache__/ssd1306.cpython-312.pyc",
        ".git/config",
        ".vscode/settings.json",
        "upy.toml",
        "notes.md",
        "demo.ipynb",
        "typings/machine.pyi",
        ".env",
        "data/config.json",
        "sub\\win.py",
      ].map((relative) => ({ relative, size: 100 })),
    );
    assert.deepEqual(
      plan.upload.map((e) => e.remote),
      ["/data/config.json", "/lib/ssd1306.py", "/sub/win.py", "/boot.py", "/main.py"],
    );
    assert.deepEqual(plan.skipped, []);
  });

  it("skips files too large for a board's flash, saying so", () => {
    const plan = planSync([{ relative: "big.bin", size: MAX_FILE_BYTES + 1 }]);
    assert.equal(plan.upload.length, 0);
    assert.match(plan.skipped[0].reason, /too large/);
  });

  it("builds board paths with forward slashes", () => {
    assert.equal(remotePath("lib\\x.py"), "/lib/x.py");
    assert.equal(remotePath("/main.py"), "/main.py");
  });
});
