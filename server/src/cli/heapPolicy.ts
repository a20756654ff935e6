// Between files a lint run keeps little alive (its counters, the report's next part), yet each file
// promotes some of its garbage to V8's old generation, which by default may grow to four times what
// survived the last full collection before it is collected again: a 10,000-file run held about 75 MB
// of heap for 27 MB alive. Letting it grow by a fifth instead collects more often, each collection
// small, and bounds the run's peak memory for a few per cent more CPU time. A large file is the
// opposite case: its own heap is big, and a fifth at a time would collect it over and over (a 5 MB
// post-mortem took 40% more CPU), so it is linted with V8's own growth.
//
// The young generation, where each file's short-lived garbage is made and collected, grows the same way:
// V8 lets it reach 32 MB on the main thread, for no time gained in a lint run (10,000 files: the same wall
// time within noise, 3% more CPU time at 8 MB) but 24 MB more at the peak. Once it has grown to 8 MB, as a
// worker's is set, it stops growing.
import { getHeapSpaceStatistics, setFlagsFromString } from "v8";

export const HEAP_GROWING_PERCENT = 20;
/** The young generation's size, in MB, at which a lint thread's stops growing. */
export const YOUNG_GENERATION_MB = 8;
/** Characters from which a file is linted with V8's own growth. */
export const LARGE_FILE_CHARS = 1024 * 1024;

let bounded = false;
let youngCapped = false;

function userChoseGrowth(execArgv: readonly string[]): boolean {
  return execArgv.some((option) => /^--heap[-_]growing[-_]percent\b/.test(option));
}

function userChoseYoungGeneration(execArgv: readonly string[]): boolean {
  return execArgv.some((option) =>
    /^--(?:max[-_]semi[-_]space[-_]size|semi[-_]space[-_]growth[-_]factor)\b/.test(option),
  );
}

/**
 * Bounds the old generation's growth for every thread of the process (V8's flags are per process, and
 * this one is read at each collection, so setting it once the process runs takes effect), unless the
 * user chose a growth of their own with `node --heap-growing-percent` (NODE_OPTIONS refuses it).
 * Each thread that lints calls it, so that each knows the bound is set.
 */
export function boundHeapGrowth(execArgv: readonly string[] = process.execArgv): boolean {
  if (userChoseGrowth(execArgv)) {
    return false;
  }
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  bounded = true;
  return true;
}

/**
 * Stops the young generation growing once it has reached YOUNG_GENERATION_MB, when the bound is set and
 * the user chose no young generation of their own. Called between files: a look at the heap's spaces.
 */
export function capYoungGeneration(execArgv: readonly string[] = process.execArgv): boolean {
  if (youngCapped || !bounded || userChoseYoungGeneration(execArgv)) {
    return youngCapped;
  }
  const young = getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (young === undefined || young.space_size < YOUNG_GENERATION_MB * 1024 * 1024) {
    return false;
  }
  setFlagsFromString("--semi-space-growth-factor=1"); // Read at each growth: 1 grows it no further.
  youngCapped = true;
  return true;
}

/**
 * Runs `lint` with V8's own growth when the bound is set and `chars` make a large file. Two threads
 * linting large files at once share the flag: the first to finish sets the bound again while the
 * other still lints, which only makes the other collect more often.
 */
export function withRoomForFile<T>(chars: number, lint: () => T): T {
  if (!bounded || chars < LARGE_FILE_CHARS) {
    return lint();
  }
  setFlagsFromString("--heap-growing-percent=0"); // 0: V8 chooses the growth itself.
  try {
    return lint();
  } finally {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  }
}
