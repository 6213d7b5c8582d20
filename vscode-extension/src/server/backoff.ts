// When the server dies, restart it after a growing delay; give up after
// several crashes in a row. A server that stayed up for a while earns a fresh
// start, so one crash a day never exhausts the budget.

export interface BackoffOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Crashes in a row after which the server is left stopped. */
  maxRestarts: number;
  /** Uptime after which the crash count resets. */
  stableAfterMs: number;
  now(): number;
}

export const DEFAULT_BACKOFF: Omit<BackoffOptions, "now"> = {
  baseDelayMs: 500,
  maxDelayMs: 16_000,
  maxRestarts: 5,
  stableAfterMs: 60_000,
};

export type CrashDecision = { restart: true; delayMs: number; attempt: number } | { restart: false; crashes: number };

export class RestartPolicy {
  private crashes = 0;
  private startedAt: number | undefined;

  constructor(private readonly options: BackoffOptions) {}

  /** Call when the server is up and answered `initialize`. */
  started(): void {
    this.startedAt = this.options.now();
  }

  /** Call when the user restarts by hand: their intent overrides the budget. */
  reset(): void {
    this.crashes = 0;
  }

  crashed(): CrashDecision {
    const { baseDelayMs, maxDelayMs, maxRestarts, stableAfterMs, now } = this.options;
    if (this.startedAt !== undefined && now() - this.startedAt >= stableAfterMs) {
      this.crashes = 0;
    }
    this.startedAt = undefined;
    this.crashes += 1;
    if (this.crashes > maxRestarts) {
      return { restart: false, crashes: this.crashes };
    }
    const delayMs = Math.min(maxDelayMs, baseDelayMs * 2 ** (this.crashes - 1));
    return { restart: true, delayMs, attempt: this.crashes };
  }
}
