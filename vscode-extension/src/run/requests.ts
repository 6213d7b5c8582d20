// Turns what the editor shows into the server's run requests.

import type { RunCodeParams } from "../server/protocol";
import { cellAt, dedent, splitLines } from "./cells";

/** A snapshot of the active editor, taken when a command runs. */
export interface EditorSnapshot {
  uri: string;
  languageId: string;
  text: string;
  /** 0-based line of the cursor. */
  cursorLine: number;
  /** The selected text ("" when nothing is selected) and the line it starts on. */
  selectionText: string;
  selectionStartLine: number;
}

export type Built = { ok: true; params: RunCodeParams; what: string } | { ok: false; reason: string };

export function fileRequest(editor: EditorSnapshot): Built {
  if (editor.text.trim() === "") {
    return { ok: false, reason: "The file is empty: nothing to run." };
  }
  return { ok: true, params: { uri: editor.uri, code: editor.text, line: 0 }, what: "file" };
}

export function cellRequest(editor: EditorSnapshot): Built {
  const cell = cellAt(editor.text, editor.cursorLine);
  if (!cell) {
    return { ok: false, reason: "No code here: add a `# %%` line to start a cell." };
  }
  if (cell.kind === "markdown") {
    return { ok: false, reason: "This is a markdown cell; there is no code to run." };
  }
  if (cell.code.trim() === "") {
    return { ok: false, reason: "The cell is empty." };
  }
  const what = cell.title !== "" ? `cell "${cell.title}"` : `cell at line ${cell.startLine + 1}`;
  return { ok: true, params: { uri: editor.uri, code: cell.code, line: cell.codeLine }, what };
}

/** The selection, or the cursor's line when nothing is selected. */
export function selectionRequest(editor: EditorSnapshot): Built {
  let code: string;
  let line: number;
  if (editor.selectionText.trim() !== "") {
    code = dedent(editor.selectionText);
    line = editor.selectionStartLine;
  } else {
    code = (splitLines(editor.text)[editor.cursorLine] ?? "").trim();
    line = editor.cursorLine;
  }
  if (code === "") {
    return { ok: false, reason: "Nothing selected and the current line is empty." };
  }
  return { ok: true, params: { uri: editor.uri, code, line }, what: "selection" };
}
