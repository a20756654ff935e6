// When the language server's connection closes unexpectedly (a crash, an out-of-memory kill), the
// client restarts it, but not forever: a server that crashes on start would otherwise restart in a
// loop. No `vscode` import, so the unit tests drive it with a fake clock.

export interface RestartPolicyOptions {
  /** Restarts allowed within `windowMs`; the crash after them stops the server. */
  maxRestarts: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = {
  maxRestarts: 4,
  windowMs: 3 * 60_000,
};

export type RestartDecision =
  | { restart: true; attempt: number; maxRestarts: number }
  | { restart: false; crashes: number; message: string };

export class RestartPolicy {
  /** When the recent crashes happened; older than the window, they are forgotten. */
  private crashes: number[] = [];

  constructor(
    private readonly options: RestartPolicyOptions = DEFAULT_RESTART_POLICY,
    private readonly now: () => number = Date.now,
  ) {}

  /** The connection closed without being asked to: restart, or give up and say so. */
  serverClosed(): RestartDecision {
    const now = this.now();
    this.crashes = this.crashes.filter((at) => now - at < this.options.windowMs);
    this.crashes.push(now);
    if (this.crashes.length <= this.options.maxRestarts) {
      return { restart: true, attempt: this.crashes.length, maxRestarts: this.options.maxRestarts };
    }
    return {
      restart: false,
      crashes: this.crashes.length,
      message: `The Follow-Through language server crashed ${this.crashes.length} times in the last ${minutes(this.options.windowMs)} and will not be restarted. Diagnostics, hovers and quick fixes are off until you restart it.`,
    };
  }

  /** After a restart the person asked for, the count starts again. */
  reset(): void {
    this.crashes = [];
  }
}

/**
 * The language client library's own words for a start that failed (vscode-languageclient's
 * client.ts): when the server died, the restart policy reports it, so these are logged, not shown.
 */
export const START_FAILURE = /couldn't create connection to server|^Restarting server failed/;

/** Read or write errors on a live connection: ride out a few in a row, then shut the server down. */
export function keepRunningAfterConnectionError(errorsInARow: number | undefined): boolean {
  return errorsInARow !== undefined && errorsInARow <= 3;
}

function minutes(ms: number): string {
  const count = Math.round(ms / 60_000);
  return count === 1 ? "minute" : `${count} minutes`;
}
