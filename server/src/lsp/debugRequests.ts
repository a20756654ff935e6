// Requests for the load tests and benchmarks: the server's own counters and memory, read over the
// protocol so the figures come from the process an editor talks to. Off unless the environment asks.
import type { Connection } from "vscode-languageserver";
import { ServerStatsRequest, type ServerStatsResult } from "../protocol";
import type { Validator } from "./validation";

export const DEBUG_REQUESTS_ENV = "FOLLOW_THROUGH_DEBUG_REQUESTS";

export function registerDebugRequests(connection: Connection, validator: Validator): void {
  if (process.env[DEBUG_REQUESTS_ENV] !== "1") {
    return;
  }
  connection.onRequest(
    ServerStatsRequest.method,
    (params: { collectGarbage?: boolean } | undefined): ServerStatsResult => {
      // `gc` exists only under --expose-gc; a forced collection makes RSS before/after comparable.
      const gc = (globalThis as { gc?: () => void }).gc;
      const collect = params?.collectGarbage === true && typeof gc === "function";
      if (collect) gc();
      const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
      return {
        ...validator.stats(),
        memory: { rss, heapUsed, heapTotal, external },
        collectedGarbage: collect,
      };
    },
  );
}
