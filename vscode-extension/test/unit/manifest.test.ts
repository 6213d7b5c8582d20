import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { EXTENSION_ROOT, manifest } from "./fakes";

describe("package.json", () => {
  const pkg = manifest();

  it("activates for MicroPython workspaces and micropython documents", () => {
    for (const event of [
      "workspaceContains:upy.toml",
      "workspaceContains:boot.py",
      "workspaceContains:main.py",
      "onLanguage:micropython",
    ]) {
      assert.ok(pkg.activationEvents.includes(event), event);
    }
  });

  it("contributes a micropython language highlighted by Python's grammar", () => {
    assert.ok(pkg.contributes.languages.some((l: { id: string }) => l.id === "micropython"));
    const grammar = pkg.contributes.grammars.find((g: { language: string }) => g.language === "micropython");
    const file = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, grammar.path), "utf8"));
    assert.equal(file.scopeName, grammar.scopeName);
    assert.deepEqual(file.patterns, [{ include: "source.python" }]);
    const config = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, "language-configuration.json"), "utf8"));
    const patterns = [
      config.wordPattern,
      config.indentationRules.increaseIndentPattern,
      config.indentationRules.decreaseIndentPattern,
      config.folding.markers.start,
      config.folding.markers.end,
      ...config.onEnterRules.map((rule: { beforeText: string }) => rule.beforeText),
    ];
    for (const pattern of patterns) assert.doesNotThrow(() => new RegExp(pattern), pattern);
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    assert.ok(increase.test("    def blink(pin):") && increase.test("while True:  # forever"));
    assert.ok(!increase.test("x = {'a': 1}"));
  });

  it("has what vsce needs: publisher, repository, license, engine, a 128px PNG icon", () => {
    assert.ok(pkg.publisher && pkg.repository?.url && pkg.engines?.vscode);
    assert.ok(fs.existsSync(path.join(EXTENSION_ROOT, "LICENSE")));
    const icon = fs.readFileSync(path.join(EXTENSION_ROOT, pkg.icon));
    assert.deepEqual([...icon.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.equal(icon.readUInt32BE(16), 128);
    assert.equal(icon.readUInt32BE(20), 128);
  });

  it("bundles to the file it names as main", () => {
    assert.equal(pkg.main, "./dist/extension.js");
    // The bundle ships without node_modules, so only vscode may stay external.
    assert.deepEqual(Object.keys(pkg.dependencies), ["vscode-languageclient"]);
  });
});
