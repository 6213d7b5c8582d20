// `# %%` cells, as in VS Code's Python interactive window and Jupytext's
// percent format: a cell starts at a line beginning with `# %%` (or `#%%`),
// optionally titled, `[markdown]` marking a markdown cell. Code before the
// first marker is a cell of its own.

export interface Cell {
  /** 0-based line of the `# %%` marker, or of the first line for the leading cell. */
  startLine: number;
  /** 0-based last line, inclusive. */
  endLine: number;
  /** 0-based line where `code` starts. */
  codeLine: number;
  title: string;
  kind: "code" | "markdown";
  code: string;
}

const MARKER = /^#\s*%%(.*)$/;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function isCellMarker(line: string): boolean {
  return MARKER.test(line);
}

export function splitCells(text: string): Cell[] {
  const lines = splitLines(text);
  const cells: Cell[] = [];
  let start = 0;
  let header: string | undefined;

  const close = (end: number) => {
    const codeLine = header === undefined ? start : start + 1;
    const body = lines.slice(codeLine, end + 1);
    while (body.length > 0 && body[body.length - 1].trim() === "") {
      body.pop();
    }
    if (header === undefined && body.every((line) => line.trim() === "")) {
      return; // nothing before the first marker
    }
    let title = (header ?? "").trim();
    let kind: Cell["kind"] = "code";
    const tag = /^\[(markdown|md)\]\s*/i.exec(title);
    if (tag) {
      kind = "markdown";
      title = title.slice(tag[0].length);
    }
    cells.push({ startLine: start, endLine: end, codeLine, title, kind, code: body.join("\n") });
  };

  for (let i = 0; i < lines.length; i++) {
    const match = MARKER.exec(lines[i]);
    if (match) {
      if (i > 0) close(i - 1);
      start = i;
      header = match[1];
    }
  }
  close(lines.length - 1);
  return cells;
}

/** The cell holding `line`; a file without markers is one cell. */
export function cellAt(text: string, line: number): Cell | undefined {
  return splitCells(text).find((cell) => line >= cell.startLine && line <= cell.endLine);
}

/**
 * Selected lines as runnable code: the indentation they share removed, so a
 * selection inside a function body still runs.
 */
export function dedent(text: string): string {
  const lines = splitLines(text);
  let common: string | undefined;
  for (const line of lines) {
    if (line.trim() === "") continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (common === undefined) {
      common = indent;
    } else {
      let n = 0;
      while (n < common.length && n < indent.length && common[n] === indent[n]) n++;
      common = common.slice(0, n);
    }
  }
  const cut = common?.length ?? 0;
  return lines.map((line) => (line.trim() === "" ? "" : line.slice(cut))).join("\n").replace(/\n+$/, "");
}
