// `lint --jobs N`: lints files in batches on N threads, the main thread being one of them (N - 1
// workers: a thread fewer to start, and a heap fewer), and hands each batch back in the order the
// files were found, whatever order the threads finish in. The main thread also finds the files and
// writes the report: in turn, it takes the next batch for itself, queues the ones after it to the
// workers until each has four, lints its own, and writes whatever is ready.
import { Worker } from "worker_threads";
import { YOUNG_GENERATION_MB } from "./heapPolicy";
import type { LintedBatch, LintTask } from "./lintFile";

/** What a worker is sent: the batch's place in the run and its files. */
export interface BatchRequest {
  id: number;
  files: LintTask[];
}

/** What a worker sends back: the batch's report text as UTF-8, moved rather than copied. */
export interface BatchReply {
  id: number;
  outcomes: LintedBatch["outcomes"];
  text: Uint8Array;
}

/** A finished batch, its report text as UTF-8. */
export type FinishedBatch = Omit<BatchReply, "id">;

/**
 * Files per batch, for a worker and for the main thread. A message costs little beside linting four
 * files; larger batches cost memory: a batch's report parts are held until it ends, long enough to
 * outlive young-generation collections, so they are copied into the old generation, which grows.
 * On 10,000 files with --jobs 2, batches of 16 peaked at about 200 MB, of 8 at 165, of 4 at 160.
 */
const BATCH_FILES = 4;
/**
 * Batches queued per worker, so a worker has its next batch while the main thread lints one and
 * writes the report. With two, a worker waited for work a fifth of a 10,000-file run on a busy
 * machine (a tenth on a quiet one); with four, a twentieth, and the peak memory is the same since
 * the old generation's growth is bounded (heapPolicy.ts).
 */
const BATCHES_PER_WORKER = 4;
/**
 * Batches sent but not yet written, per thread: one slow file holds back the output of the files
 * after it, and this bounds how many finished batches wait for it in memory.
 */
const WINDOW_PER_THREAD = 4;
/** A thread costs memory and start-up time; past the cores it buys nothing. */
export const MAX_THREADS = 64;

export interface PoolOptions {
  /** Threads that lint, the main thread included. */
  jobs: number;
  workerFile: string;
  workerData: unknown;
  /** Lints a batch on the main thread, as a worker would. */
  lintHere: (files: LintTask[]) => LintedBatch;
}

interface WorkerEntry {
  worker: Worker;
  inFlight: number;
}

/**
 * Lints every task and calls `emit` with each batch in task order, one at a time (the next waits
 * for the previous `emit` to resolve, so a slow stdout slows the run down instead of filling memory).
 * A worker that fails ends the run: the promise rejects with its error.
 */
export async function lintInPool(
  tasks: AsyncIterable<LintTask>,
  options: PoolOptions,
  emit: (batch: FinishedBatch) => Promise<void>,
): Promise<void> {
  const threads = Math.max(1, Math.min(options.jobs, MAX_THREADS));
  const workers: WorkerEntry[] = [];
  const finished = new Map<number, FinishedBatch>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  const sleep = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  const startWorker = (): WorkerEntry => {
    const entry: WorkerEntry = {
      worker: new Worker(options.workerFile, {
        workerData: options.workerData,
        // Every thread's heap counts against the process: a worker's young generation starts at its cap.
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      }),
      inFlight: 0,
    };
    entry.worker.on("message", (reply: BatchReply) => {
      entry.inFlight--;
      finished.set(reply.id, { outcomes: reply.outcomes, text: reply.text });
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
  const canStartWorker = (): boolean => workers.length < threads - 1;
  const hasFreeWorker = (): boolean =>
    canStartWorker() || workers.some((entry) => entry.inFlight < BATCHES_PER_WORKER);
  /** The least busy worker with room, starting another while some are busy and N allows. */
  const freeWorker = (): WorkerEntry | undefined => {
    let best: WorkerEntry | undefined;
    for (const entry of workers) {
      if (
        entry.inFlight < BATCHES_PER_WORKER &&
        (best === undefined || entry.inFlight < best.inFlight)
      ) {
        best = entry;
      }
    }
    if ((best === undefined || best.inFlight > 0) && canStartWorker()) {
      return startWorker();
    }
    return best;
  };

  let sent = 0;
  let written = 0;
  const writeFinished = async (): Promise<void> => {
    for (let batch = finished.get(written); batch !== undefined; batch = finished.get(written)) {
      finished.delete(written);
      written++;
      await emit(batch);
    }
  };
  const windowHasRoom = (): boolean => sent - written < threads * WINDOW_PER_THREAD;
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
  const taskIterator = tasks[Symbol.asyncIterator]();
  let tasksDone = false;
  const nextBatch = async (): Promise<BatchRequest | undefined> => {
    const files: LintTask[] = [];
    while (files.length < BATCH_FILES && !tasksDone) {
      const next = await taskIterator.next();
      if (next.done === true) {
        tasksDone = true;
      } else {
        files.push(next.value);
      }
    }
    return files.length === 0 ? undefined : { id: sent++, files };
  };

  try {
    for (;;) {
      await waitUntil(windowHasRoom);
      const mine = await nextBatch();
      if (mine === undefined) {
        break;
      }
      // The workers get the batches after this thread's: what it lints is then usually the next
      // to be written, and does not wait, growing its heap, for the batches queued before it.
      while (windowHasRoom() && hasFreeWorker()) {
        const batch = await nextBatch();
        if (batch === undefined) {
          break;
        }
        const worker = freeWorker()!;
        worker.inFlight++;
        worker.worker.postMessage(batch);
      }
      const { outcomes, text } = options.lintHere(mine.files);
      // As bytes: the text may wait here for the workers' batches before it, and held as strings
      // such texts made the main thread's heap 20-30 MB larger (10,000 files, --jobs 2).
      finished.set(mine.id, { outcomes, text: Buffer.from(text) });
      // The workers' replies are events, which a synchronous lint holds back: let them in.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitUntil(() => written === sent);
  } finally {
    await taskIterator.return?.();
    await Promise.all(workers.map((entry) => entry.worker.terminate()));
  }
}
