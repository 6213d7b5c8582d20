// The contract between this extension and `upy lsp`, beyond standard LSP:
// how the server is started, the `workspace/executeCommand` commands with their
// argument shapes, and the `upy/output` notification. The end-to-end test
// imports this file too, so it starts the server exactly as the extension does.

import type { TargetOptions } from "../settings";

/** Arguments after the binary path. */
export const SERVER_ARGS: readonly string[] = ["lsp"];

/** `initializationOptions` of the `initialize` request. */
export type InitializationOptions = TargetOptions;

export const ServerCommand = {
  /** [RunCodeParams] -> RunResult. Resolves when the run finishes; output streams meanwhile. */
  runCell: "upy.runCell",
  /** [RunCodeParams] -> RunResult. */
  runFile: "upy.runFile",
  /** [] -> null. Raises KeyboardInterrupt in the running code. */
  interrupt: "upy.interrupt",
  /** [TargetOptions] -> null. Same shape as the initialization options. */
  selectTarget: "upy.selectTarget",
  /** [PutFileParams] -> null. Writes a file to the target's filesystem (the simulated flash, or the board). */
  putFile: "upy.putFile",
  /** [] -> null. Ctrl-D on a board; a fresh VM session on the simulated board. */
  resetTarget: "upy.resetTarget",
  /** [] -> null. Closes the board's serial port (for a REPL terminal); the next run reopens it. */
  releasePort: "upy.releasePort",
  /** [PinsSvgParams] -> PinsSvgResult. The simulated board's picture with the pins' current state. */
  pinsSvg: "upy.pinsSvg",
} as const;

export interface RunCodeParams {
  /** The document the code comes from, for tracebacks. */
  uri: string;
  /** The code to run, exactly as it should be run (cells without their `# %%` line). */
  code: string;
  /** 0-based line in the document where `code` starts, so tracebacks can name document lines. */
  line: number;
}

export interface PutFileParams {
  /** Absolute path on the target, with forward slashes: `/main.py`, `/lib/ssd1306.py`. */
  path: string;
  contentBase64: string;
}

export interface PinsSvgParams {
  /** The board to draw; null for the current target's board. */
  board: string | null;
}

export type RunResult =
  | { status: "ok" }
  | { status: "error"; ename: string; evalue: string; traceback: string[] };

/** The `upy/output` notification: text printed by running code, sent as it is printed. */
export const OUTPUT_NOTIFICATION = "upy/output";

export interface OutputParams {
  text: string;
  stream: "stdout" | "stderr";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function parseOutputParams(value: unknown): OutputParams | undefined {
  if (!isRecord(value) || typeof value.text !== "string") {
    return undefined;
  }
  return { text: value.text, stream: value.stream === "stderr" ? "stderr" : "stdout" };
}

/** A run's result; anything unrecognised counts as success, since output already told the story. */
export function parseRunResult(value: unknown): RunResult {
  if (isRecord(value) && value.status === "error") {
    const traceback = Array.isArray(value.traceback)
      ? value.traceback.filter((line): line is string => typeof line === "string")
      : [];
    return {
      status: "error",
      ename: typeof value.ename === "string" ? value.ename : "Error",
      evalue: typeof value.evalue === "string" ? value.evalue : "",
      traceback,
    };
  }
  return { status: "ok" };
}

/** The SVG text from a `upy.pinsSvg` answer (`{ svg }` or a bare string), if it is one. */
export function parsePinsSvg(value: unknown): string | undefined {
  const svg = isRecord(value) ? value.svg : value;
  if (typeof svg !== "string" || !/<svg[\s>]/i.test(svg)) {
    return undefined;
  }
  return svg;
}
