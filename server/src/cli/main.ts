// The `follow-through` command (bundled to dist/cli.js; bin/follow-through.js requires it).
import { isMainThread } from "worker_threads";
import { EXIT_TROUBLE } from "./io";
import { runCli } from "./run";
import { serveLintBatches } from "./worker";

// `lint --jobs N` starts this same file in its worker threads.
if (isMainThread) {
  runMain();
} else {
  serveLintBatches();
}

function runMain(): void {
  // `follow-through lint | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") {
      process.exit(process.exitCode ?? 0);
    }
    throw error;
  });

  runCli({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    now: new Date(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    drain: () => new Promise((resolve) => process.stdout.once("drain", resolve)),
    ownsProcess: true,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug in the CLI itself: say so plainly, and exit 2 ("could not lint"), never 0.
      process.stderr.write(
        `follow-through: internal error: ${(error as Error)?.stack ?? String(error)}\n`,
      );
      process.exitCode = EXIT_TROUBLE;
    },
  );
}
