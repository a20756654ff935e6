// `lint --jobs N`: spreads files over N worker threads in batches and hands their outcomes back in
// the order the files were found, whatever order the workers finish in.
import { Worker } from "worker_threads";
import type { FileOutcome, LintFileSettings } from "./lintFile";

export interface LintTask {
  file: string;
  /** Display path. */
  shown: string;
}

/** What each worker thread starts with. */
export interface WorkerSettings {
  settings: LintFileSettings;
  configFile?: string;
}

export interface LintBatch {
  id: number;
  files: LintTask[];
}

export interface LintBatchDone {
  id: number;
  outcomes: FileOutcome[];
}

/** Files per message: enough to make a message's cost small beside linting them. */
const BATCH_FILES = 16;
/** Batches queued per worker, so a worker has its next batch when it finishes one. */
const BATCHES_PER_WORKER = 2;
/**
 * Batches sent but not yet written, per worker: one slow file holds back the output of the files
 * after it, and this bounds how many finished outcomes wait for it in memory.
 */
const WINDOW_PER_WORKER = 4;
/**
 * Linting makes short-lived garbage fast, and V8 lets each thread's young generation grow to 48 MB
 * for it; a smaller one cost no measurable time on 10,000 files and 30 MB of memory per thread less.
 */
const WORKER_YOUNG_GENERATION_MB = 8;
/** A thread costs memory and start-up time; past the cores it buys nothing. */
export const MAX_WORKERS = 64;

export interface PoolOptions {
  jobs: number;
  workerFile: string;
  workerData: WorkerSettings;
}

/**
 * Lints every task on worker threads and calls `emit` with each outcome in task order, one at a
 * time (the next waits for the previous `emit` to resolve, so a slow stdout slows the run down).
 */
export async function lintInWorkers(
  tasks: AsyncIterable<LintTask>,
  options: PoolOptions,
  emit: (outcome: FileOutcome) => Promise<void>,
): Promise<void> {
  const threads = Math.min(options.jobs, MAX_WORKERS);
  const workers: { worker: Worker; inFlight: number }[] = [];
  const finished = new Map<number, FileOutcome[]>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const sleep = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  const startWorker = (): { worker: Worker; inFlight: number } => {
    const entry = {
      worker: new Worker(options.workerFile, {
        workerData: options.workerData,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      }),
      inFlight: 0,
    };
    entry.worker.on("message", (done: LintBatchDone) => {
      entry.inFlight--;
      finished.set(done.id, done.outcomes);
      signal();
    });
    entry.worker.on("error", (error) => {
      failure ??= error;
      signal();
    });
    entry.worker.on("exit", (code) => {
      if (entry.inFlight > 0) {
        failure ??= new Error(`a lint worker thread stopped (exit code ${code})`);
        signal();
      }
    });
    workers.push(entry);
    return entry;
  };
  /** The least busy worker with room, starting another while some are busy and N allows. */
  const freeWorker = (): { worker: Worker; inFlight: number } | undefined => {
    let best: { worker: Worker; inFlight: number } | undefined;
    for (const entry of workers) {
      if (
        entry.inFlight < BATCHES_PER_WORKER &&
        (best === undefined || entry.inFlight < best.inFlight)
      ) {
        best = entry;
      }
    }
    if ((best === undefined || best.inFlight > 0) && workers.length < threads) {
      return startWorker();
    }
    return best;
  };

  let sent = 0;
  let written = 0;
  const writeFinished = async (): Promise<void> => {
    for (let outcomes = finished.get(written); outcomes !== undefined;) {
      finished.delete(written);
      written++;
      for (const outcome of outcomes) {
        await emit(outcome);
      }
      outcomes = finished.get(written);
    }
  };
  /** Writes what is ready, then waits until `ready()` or a worker reports, and again. */
  const waitUntil = async (ready: () => boolean): Promise<void> => {
    for (;;) {
      await writeFinished();
      if (failure !== undefined) {
        throw failure;
      }
      if (ready()) {
        return;
      }
      await sleep();
    }
  };

  try {
    for await (const files of inBatches(tasks, BATCH_FILES)) {
      let target: { worker: Worker; inFlight: number } | undefined;
      await waitUntil(() => {
        target = sent - written < threads * WINDOW_PER_WORKER ? freeWorker() : undefined;
        return target !== undefined;
      });
      const batch: LintBatch = { id: sent++, files };
      target!.inFlight++;
      target!.worker.postMessage(batch);
    }
    await waitUntil(() => written === sent);
  } finally {
    await Promise.all(workers.map((entry) => entry.worker.terminate()));
  }
}

async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) {
    yield batch;
  }
}
