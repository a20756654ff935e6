// Stdout for a report written as files finish: small pieces of text are gathered into large writes
// (a write per finding would be a system call per finding), and a full pipe is waited for, not
// buffered in memory, so a slow reader slows the run down instead of growing it. A batch's report
// text comes as UTF-8 bytes and is written as it is, without another copy.
import type { CliIo } from "./io";

const FLUSH_AT_CHARS = 64 * 1024;

export class BufferedOutput {
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(private readonly io: Pick<CliIo, "stdout" | "drain">) {}

  async write(chunk: string | Uint8Array): Promise<void> {
    if (chunk.length === 0) {
      return;
    }
    if (typeof chunk !== "string") {
      await this.flush();
      await this.send(chunk);
      return;
    }
    this.pending.push(chunk);
    this.pendingChars += chunk.length;
    if (this.pendingChars >= FLUSH_AT_CHARS) {
      await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (this.pendingChars === 0) {
      return;
    }
    const text = this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    await this.send(text);
  }

  private async send(chunk: string | Uint8Array): Promise<void> {
    if (this.io.stdout(chunk) === false && this.io.drain !== undefined) {
      await this.io.drain();
    }
  }
}
