// A worker thread of `lint --jobs N` (dist/cli.js itself, started again in a worker thread): lints the
// batches of files the main thread sends and sends back their outcomes, with the batch's report text as
// UTF-8 bytes whose memory is moved to the main thread, not copied (a large report is many megabytes).
// One bundle for both keeps the core out of the package twice.
import { parentPort, workerData } from "worker_threads";
import { ConfigResolver } from "./configs";
import { boundHeapGrowth } from "./heapPolicy";
import { lintBatch, type WorkerSettings } from "./lintFile";
import type { BatchReply, BatchRequest } from "./pool";

/** Serves the main thread's batches until it terminates this worker. */
export function serveLintBatches(): void {
  const { settings, configFile, heapBounded } = workerData as WorkerSettings;
  if (heapBounded) {
    boundHeapGrowth();
  }
  // The main thread resolves every file's config too and reports config problems once; here they
  // would only be repeated.
  const configs = new ConfigResolver(configFile, () => undefined);

  parentPort?.on("message", (batch: BatchRequest) => {
    const { outcomes, text } = lintBatch(batch.files, settings, configs);
    // Its own memory, not a slice of Buffer's shared pool, so that it can be transferred.
    const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
    bytes.write(text);
    const reply: BatchReply = { id: batch.id, outcomes, text: bytes };
    parentPort?.postMessage(reply, [bytes.buffer]);
  });
}
