// Streams `upy/output` text into the "MicroPython" output channel as it
// arrives, revealing the channel when a new burst of output starts (a run the
// user began from a code lens shows its output too) without stealing focus on
// every line.

import { type OutputParams, type RunResult, parseOutputParams } from "../server/protocol";

export interface Channel {
  append(text: string): void;
  appendLine(text: string): void;
  show(preserveFocus: boolean): void;
}

const QUIET_BEFORE_REVEAL_MS = 2_000;

export class RunOutput {
  private lastOutputAt = Number.NEGATIVE_INFINITY;
  private endsWithNewline = true;

  constructor(
    private readonly channel: Channel,
    private readonly now: () => number,
  ) {}

  /** A run the extension starts: announce it and show the channel. */
  started(what: string, targetLabel: string): void {
    this.ensureNewline();
    this.channel.appendLine(`── run ${what} on ${targetLabel} ──`);
    this.channel.show(true);
    this.lastOutputAt = this.now();
  }

  /** Handles a raw `upy/output` notification; malformed ones are ignored. */
  notification(params: unknown): void {
    const output = parseOutputParams(params);
    if (output) this.write(output);
  }

  write(output: OutputParams): void {
    if (output.text === "") return;
    const now = this.now();
    if (now - this.lastOutputAt > QUIET_BEFORE_REVEAL_MS) {
      this.channel.show(true);
    }
    this.lastOutputAt = now;
    this.channel.append(output.text);
    this.endsWithNewline = output.text.endsWith("\n");
  }

  /** Reports how a run the extension started ended. */
  finished(result: RunResult): void {
    if (result.status === "error") {
      this.ensureNewline();
      // The traceback normally arrived on stderr already; say it in one line for the record.
      this.channel.appendLine(`── ${result.ename}${result.evalue ? `: ${result.evalue}` : ""} ──`);
    }
  }

  failed(message: string): void {
    this.ensureNewline();
    this.channel.appendLine(`── failed: ${message} ──`);
  }

  private ensureNewline(): void {
    if (!this.endsWithNewline) {
      this.channel.append("\n");
      this.endsWithNewline = true;
    }
  }
}
