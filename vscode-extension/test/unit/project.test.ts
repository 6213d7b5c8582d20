import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { boardInUpyToml, documentSelector, escapeGlob, isMicroPythonFolder } from "../../src/project";
import { replArgs } from "../../src/repl";
import { readSettings } from "../../src/settings";
import { FakeConfig } from "./fakes";

function folder(files: string[], enabled?: boolean) {
  return { fsPath: "/p", enabled, hasFile: async (name: string) => files.includes(name) };
}

describe("MicroPython folders", () => {
  it("is recognised by upy.toml, boot.py, main.py or upy.enable", async () => {
    assert.equal(await isMicroPythonFolder(folder(["upy.toml"])), true);
    assert.equal(await isMicroPythonFolder(folder(["boot.py"])), true);
    assert.equal(await isMicroPythonFolder(folder(["main.py"])), true);
    assert.equal(await isMicroPythonFolder(folder([], true)), true);
    assert.equal(await isMicroPythonFolder(folder(["setup.py", "pyproject.toml"])), false);
  });

  it("lets upy.enable: false opt a CPython project with a main.py out", async () => {
    assert.equal(await isMicroPythonFolder(folder(["main.py", "upy.toml"], false)), false);
  });

  it("gives the server Python files of MicroPython folders only, and micropython cells", () => {
    assert.deepEqual(documentSelector(["/home/me/blinky", "C:\\work\\pico\\"]), [
      { language: "micropython" },
      { language: "python", scheme: "file", pattern: "/home/me/blinky/**/*" },
      { language: "python", scheme: "file", pattern: "C:/work/pico/**/*" },
    ]);
    assert.deepEqual(documentSelector([]), [{ language: "micropython" }]);
  });

  it("escapes glob characters in folder names", () => {
    assert.equal(escapeGlob("/x/[lab]{1}*?"), "/x/[[]lab[]][{]1[}][*][?]");
  });
});

describe("REPL command line", () => {
  it("opens the board's REPL on its port, or a simulated one", () => {
    assert.deepEqual(replArgs(readSettings(new FakeConfig({ port: "/dev/ttyUSB0", baudrate: 460800 }))), [
      "repl",
      "--port",
      "/dev/ttyUSB0",
      "--baudrate",
      "460800",
    ]);
    assert.deepEqual(replArgs(readSettings(new FakeConfig({ board: "rp2" }))), ["repl", "--board", "rp2"]);
    // "auto" with no port: the simulated board upy.toml names, else esp32 (never a bare
    // `upy repl`, which looks for a real board on a serial port).
    assert.deepEqual(replArgs(readSettings(new FakeConfig())), ["repl", "--board", "esp32"]);
    assert.deepEqual(replArgs(readSettings(new FakeConfig()), "rp2"), ["repl", "--board", "rp2"]);
    assert.deepEqual(replArgs(readSettings(new FakeConfig({ board: "generic" })), "rp2"), ["repl", "--board", "generic"]);
  });

  it("reads the board from upy.toml as the server does", () => {
    assert.equal(boardInUpyToml('board = "rp2"\n'), "rp2");
    assert.equal(boardInUpyToml('# a project\nname = "x"\n[target]\nboard = "pico"  # the Pico\n'), "rp2");
    assert.equal(boardInUpyToml('[deps]\nboard = "esp32"\n'), undefined);
    assert.equal(boardInUpyToml('board = "teensy"\n'), undefined);
    assert.equal(boardInUpyToml(""), undefined);
  });
});
