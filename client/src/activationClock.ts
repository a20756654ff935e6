// How long the extension's own start takes: from the first line of dist/extension.js (esbuild's banner
// sets the mark) to the end of `activate`. Logged and returned to the tests; budget 50 ms (README, "Speed").
declare const __followThroughLoadStart: number | undefined;
declare const __followThroughLoadEnd: number | undefined;

export interface ActivationTiming {
  /** From the bundle's first line to its last: module evaluation (the host's wait before `activate` is not ours). */
  loadMs: number;
  /** The `activate` call itself, until it returns (the server starts after, in the background). */
  activateMs: number;
}

export function activationTiming(activateStarted: number): ActivationTiming {
  const now = performance.now();
  const loadMs =
    typeof __followThroughLoadStart === "number" && typeof __followThroughLoadEnd === "number"
      ? __followThroughLoadEnd - __followThroughLoadStart
      : 0;
  return { loadMs: round(loadMs), activateMs: round(now - activateStarted) };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
