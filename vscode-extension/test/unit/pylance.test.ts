import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { exportArgs, pylanceWrites, shouldOffer, stubFolderName } from "../../src/pylance/plan";

describe("pylance coexistence", () => {
  it("offers only once, only with Pylance, only in MicroPython workspaces", () => {
    assert.equal(shouldOffer({ alreadyAnswered: false, pylanceInstalled: true, microPythonFolders: 1 }), true);
    assert.equal(shouldOffer({ alreadyAnswered: true, pylanceInstalled: true, microPythonFolders: 1 }), false);
    assert.equal(shouldOffer({ alreadyAnswered: false, pylanceInstalled: false, microPythonFolders: 1 }), false);
    assert.equal(shouldOffer({ alreadyAnswered: false, pylanceInstalled: true, microPythonFolders: 0 }), false);
  });

  it("sets the stub path and silences reportMissingModuleSource, keeping other overrides", () => {
    assert.deepEqual(pylanceWrites("/stubs/p", { reportMissingImports: "warning", reportMissingModuleSource: "error" }), [
      { section: "python.analysis", key: "stubPath", value: "/stubs/p" },
      {
        section: "python.analysis",
        key: "diagnosticSeverityOverrides",
        value: { reportMissingImports: "warning", reportMissingModuleSource: "none" },
      },
    ]);
    assert.deepEqual(pylanceWrites("/s", "garbage")[1].value, { reportMissingModuleSource: "none" });
    assert.deepEqual(pylanceWrites("/s", undefined)[1].value, { reportMissingModuleSource: "none" });
  });

  it("exports stubs for the chosen board, or lets the CLI read upy.toml", () => {
    assert.deepEqual(exportArgs("/d", "rp2"), ["stubs", "export", "/d", "--board", "rp2"]);
    assert.deepEqual(exportArgs("/d", undefined), ["stubs", "export", "/d"]);
  });

  it("names stub folders stably and safely per workspace folder", () => {
    const a = stubFolderName("file:///home/me/My%20Blinky");
    assert.equal(a, stubFolderName("file:///home/me/My%20Blinky"));
    assert.match(a, /^My_Blinky-[0-9a-f]{8}$/);
    assert.notEqual(a, stubFolderName("file:///home/other/My%20Blinky"));
    assert.match(stubFolderName("file:///"), /^[A-Za-z0-9_.-]+-[0-9a-f]{8}$/);
  });
});
