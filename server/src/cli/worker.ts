// The worker thread of `lint --jobs N` (bundled to dist/cliWorker.js): lints the batches of files
// the main thread sends and sends back each file's outcome, its report part already formatted.
import { parentPort, workerData } from "worker_threads";
import { ConfigResolver } from "./configs";
import { lintFile } from "./lintFile";
import type { LintBatch, LintBatchDone, WorkerSettings } from "./pool";

const { settings, configFile } = workerData as WorkerSettings;
// The main thread resolves every file's config too and reports config problems once; here they
// would only be repeated.
const configs = new ConfigResolver(configFile, () => undefined);

parentPort?.on("message", (batch: LintBatch) => {
  const done: LintBatchDone = {
    id: batch.id,
    outcomes: batch.files.map(({ file, shown }) => lintFile(file, shown, settings, configs)),
  };
  parentPort?.postMessage(done);
});
