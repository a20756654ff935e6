// Stdout for a report written as files finish: text is gathered into large writes (a write per
// finding would be a system call per finding), and a full pipe is waited for, not buffered in
// memory, so a slow reader slows the run down instead of growing it. Workers hand over their text
// as UTF-8 bytes, which go out as they are; the main thread's own text is encoded here.
import type { CliIo } from "./io";

const FLUSH_AT_BYTES = 64 * 1024;

export class BufferedOutput {
  private pending: (string | Uint8Array)[] = [];
  /** Bytes for byte chunks, UTF-16 units for text: near enough to decide when to write. */
  private pendingSize = 0;
  private hasBytes = false;

  constructor(private readonly io: Pick<CliIo, "stdout" | "drain">) {}

  async write(chunk: string | Uint8Array): Promise<void> {
    if (chunk.length === 0) {
      return;
    }
    this.pending.push(chunk);
    this.pendingSize += chunk.length;
    this.hasBytes ||= typeof chunk !== "string";
    if (this.pendingSize >= FLUSH_AT_BYTES) {
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (this.pendingSize === 0) {
      return;
    }
    const pending = this.pending;
    const joined = this.hasBytes
      ? Buffer.concat(
          pending.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk)),
        )
      : (pending as string[]).join("");
    this.pending = [];
    this.pendingSize = 0;
    this.hasBytes = false;
    if (this.io.stdout(joined) === false && this.io.drain !== undefined) {
      await this.io.drain();
    }
  }
}
