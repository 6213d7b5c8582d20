import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cellAt, dedent, splitCells } from "../../src/run/cells";
import { cellRequest, fileRequest, selectionRequest } from "../../src/run/requests";
import { editor } from "./fakes";

const NOTEBOOK = [
  "import machine", // 0
  "", // 1
  "# %% Blink", // 2
  "led = machine.Pin(2, machine.Pin.OUT)", // 3
  "led.on()", // 4
  "", // 5
  "#%% [markdown] Notes", // 6
  "# The LED is on pin 2", // 7
  "# %%", // 8
  "for i in range(3):", // 9
  "    print(i)", // 10
  "", // 11
].join("\n");

describe("splitCells", () => {
  it("splits at # %% lines, keeping code before the first marker", () => {
    const cells = splitCells(NOTEBOOK);
    assert.deepEqual(
      cells.map((c) => [c.startLine, c.endLine, c.codeLine, c.kind, c.title, c.code]),
      [
        [0, 1, 0, "code", "", "import machine"],
        [2, 5, 3, "code", "Blink", "led = machine.Pin(2, machine.Pin.OUT)\nled.on()"],
        [6, 7, 7, "markdown", "Notes", "# The LED is on pin 2"],
        [8, 11, 9, "code", "", "for i in range(3):\n    print(i)"],
      ],
    );
  });

  it("treats a file without markers as one cell and ignores indented markers", () => {
    const cells = splitCells("def f():\n    # %% not a cell\n    pass\n");
    assert.equal(cells.length, 1);
    assert.equal(cells[0].code, "def f():\n    # %% not a cell\n    pass");
  });

  it("handles CRLF line endings and empty input", () => {
    assert.deepEqual(
      splitCells("# %%\r\na = 1\r\n# %%\r\nb = 2\r\n").map((c) => c.code),
      ["a = 1", "b = 2"],
    );
    assert.deepEqual(splitCells(""), []);
    assert.deepEqual(splitCells("# %%\n"), [{ startLine: 0, endLine: 1, codeLine: 1, title: "", kind: "code", code: "" }]);
  });

  it("finds the cell under the cursor, marker line included", () => {
    assert.equal(cellAt(NOTEBOOK, 2)?.title, "Blink");
    assert.equal(cellAt(NOTEBOOK, 5)?.title, "Blink");
    assert.equal(cellAt(NOTEBOOK, 10)?.codeLine, 9);
    assert.equal(cellAt(NOTEBOOK, 99), undefined);
  });
});

describe("dedent", () => {
  it("removes shared indentation, leaving relative indentation and blank lines", () => {
    assert.equal(dedent("    if x:\n        y()\n\n    z()\n"), "if x:\n    y()\n\nz()");
    assert.equal(dedent("\tif x:\n\t\ty()"), "if x:\n\ty()");
    assert.equal(dedent("  a\n    b"), "a\n  b");
    assert.equal(dedent("   "), "");
  });
});

describe("run requests", () => {
  it("runs the cell under the cursor with its starting line", () => {
    const built = cellRequest(editor(NOTEBOOK, 4));
    assert.deepEqual(built, {
      ok: true,
      params: { uri: "file:///project/main.py", code: "led = machine.Pin(2, machine.Pin.OUT)\nled.on()", line: 3 },
      what: 'cell "Blink"',
    });
  });

  it("refuses markdown and empty cells with a reason", () => {
    assert.deepEqual(cellRequest(editor(NOTEBOOK, 7)), { ok: false, reason: "This is a markdown cell; there is no code to run." });
    assert.equal(cellRequest(editor("# %%\n\n# %%\nx=1", 1)).ok, false);
    assert.equal(cellRequest(editor("", 0)).ok, false);
  });

  it("runs the selection dedented, or the current line", () => {
    const text = "def f():\n    a = 1\n    print(a)\n";
    assert.deepEqual(selectionRequest(editor(text, 2, "    a = 1\n    print(a)", 1)), {
      ok: true,
      params: { uri: "file:///project/main.py", code: "a = 1\nprint(a)", line: 1 },
      what: "selection",
    });
    const line = selectionRequest(editor(text, 2));
    assert.ok(line.ok);
    assert.equal(line.ok && line.params.code, "print(a)");
    assert.equal(selectionRequest(editor("x = 1\n\n", 1)).ok, false);
  });

  it("runs the whole file from line 0", () => {
    assert.deepEqual(fileRequest(editor("print(1)\n")), {
      ok: true,
      params: { uri: "file:///project/main.py", code: "print(1)\n", line: 0 },
      what: "file",
    });
    assert.equal(fileRequest(editor("  \n")).ok, false);
  });
});
