// What every command gets from the process, and the exit codes they return. Its own module so the
// commands (run.ts, push.ts, lintCommand.ts) import it without importing each other.
import * as path from "path";
import { toSlashes } from "../core/detect";

export interface CliIo {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  now: Date;
  /**
   * Returns false, like a stream's write, when stdout's buffer is full and `drain` should be awaited.
   * `lint` writes UTF-8 bytes as well as text.
   */
  stdout: (text: string | Uint8Array) => boolean | void;
  stderr: (text: string) => void;
  /** Resolves when stdout has room again after `stdout` returned false. */
  drain?: () => Promise<void>;
  /**
   * The process is the CLI's own, so `lint` may set V8's heap growth for it (`heapPolicy.ts`); a test
   * or a host that runs a command in its own process leaves it unset.
   */
  ownsProcess?: boolean;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/** Relative to the working directory with forward slashes, as CI logs and SARIF want. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === "") {
    return ".";
  }
  return path.isAbsolute(relative) ? toSlashes(file) : toSlashes(relative);
}
