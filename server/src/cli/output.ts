// Stdout for a report written as files finish: text is gathered into large writes (a write per
// finding would be a system call per finding), and a full pipe is waited for, not buffered in
// memory, so a slow reader slows the run down instead of growing it.
import type { CliIo } from "./io";

const FLUSH_AT_CHARS = 64 * 1024;

export class BufferedOutput {
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(private readonly io: Pick<CliIo, "stdout" | "drain">) {}

  async write(text: string): Promise<void> {
    if (text === "") {
      return;
    }
    this.pending.push(text);
    this.pendingChars += text.length;
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
    if (this.io.stdout(text) === false && this.io.drain !== undefined) {
      await this.io.drain();
    }
  }
}
