import * as fs from "fs";
import { isUtf8 } from "buffer";

export type SourceRead =
  | {
      kind: "text";
      text: string;
      /** Byte offset of the first invalid UTF-8 sequence, if any. */ invalidUtf8At?: number;
    }
  | { kind: "binary" }
  | { kind: "too-large"; size: number }
  | { kind: "error"; message: string };

/** Like git and grep: a NUL byte early in the file means it is not text. */
const BINARY_SNIFF_BYTES = 8192;

/** A file's bytes, or why they were not read. */
export type BytesRead =
  | { kind: "bytes"; bytes: Buffer }
  | { kind: "too-large"; size: number }
  | { kind: "error"; message: string };

/** Reads a file as text without ever throwing: binary, oversized and unreadable files are outcomes. */
export function readSource(file: string, maxBytes: number): SourceRead {
  const read = readBytes(file, maxBytes);
  return read.kind === "bytes" ? decodeSource(read.bytes) : read;
}

/** Reads a file's bytes without ever throwing: oversized and unreadable files are outcomes. */
export function readBytes(file: string, maxBytes: number): BytesRead {
  let buffer: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      return { kind: "error", message: "is a directory" };
    }
    if (!stat.isFile()) {
      // A FIFO or a device named on the command line would block the read forever.
      return { kind: "error", message: "not a regular file (a FIFO, a socket or a device)" };
    }
    if (stat.size > maxBytes) {
      return { kind: "too-large", size: stat.size };
    }
    buffer = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && isSymbolicLink(file)) {
      return { kind: "error", message: "broken symbolic link (its target does not exist)" };
    }
    return { kind: "error", message: describeFsError(error) };
  }
  if (buffer.length > maxBytes) {
    // The file grew between stat and read (a log being written, a FIFO).
    return { kind: "too-large", size: buffer.length };
  }
  return { kind: "bytes", bytes: buffer };
}

/**
 * Text saved as UTF-16 with a byte order mark (Windows editors' "Unicode"), decoded; undefined for
 * anything else. Its ASCII has a NUL in every other byte, which the binary sniff would take for binary.
 */
function decodeUtf16(buffer: Buffer): string | undefined {
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) {
    return buffer.toString("utf16le", 2, buffer.length - (buffer.length % 2));
  }
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) {
    const body = Buffer.from(buffer.subarray(2, buffer.length - (buffer.length % 2)));
    return body.swap16().toString("utf16le");
  }
  return undefined;
}

export function decodeSource(buffer: Buffer): SourceRead {
  const utf16 = decodeUtf16(buffer);
  if (utf16 !== undefined) {
    return { kind: "text", text: utf16 };
  }
  if (buffer.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { kind: "binary" };
  }
  let start = 0;
  if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    // A UTF-8 byte order mark is not part of the document; dropping it keeps line 1's columns right.
    start = 3;
  }
  const body = buffer.subarray(start);
  const text = body.toString("utf8");
  if (isUtf8(body)) {
    return { kind: "text", text };
  }
  const invalidAt = firstInvalidUtf8Byte(body);
  return { kind: "text", text, invalidUtf8At: invalidAt < 0 ? undefined : invalidAt + start };
}

/**
 * The first bytes of a file as the post-mortem check reads them: text, "" for a binary file. Given
 * the first `HEAD_CHARS` bytes of a file already read, it gives what `readHead` would.
 */
export function decodeHead(head: Buffer): string {
  const utf16 = decodeUtf16(head);
  if (utf16 !== undefined) {
    return utf16;
  }
  if (head.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return "";
  }
  return head.toString("utf8");
}

/** Reused by every readHead: the head is decoded to a string before the next read. */
let headBuffer = Buffer.allocUnsafe(0);

/** Reads at most `bytes` from the start of a file, for deciding whether a file is a post-mortem. */
export function readHead(file: string, bytes: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    if (headBuffer.length < bytes) {
      headBuffer = Buffer.allocUnsafe(bytes);
    }
    const length = fs.readSync(fd, headBuffer, 0, bytes, 0);
    return decodeHead(headBuffer.subarray(0, length));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) {
      fs.closeSync(fd);
    }
  }
}

/**
 * The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
 * (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF), or -1.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  const length = bytes.length;
  while (index < length) {
    const byte = bytes[index];
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    let needed: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) {
      needed = 1;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      needed = 2;
      if (byte === 0xe0) lower = 0xa0;
      if (byte === 0xed) upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      needed = 3;
      if (byte === 0xf0) lower = 0x90;
      if (byte === 0xf4) upper = 0x8f;
    } else {
      return index;
    }
    for (let k = 1; k <= needed; k++) {
      const next = index + k;
      if (next >= length) {
        return index;
      }
      const continuation = bytes[next];
      const min = k === 1 ? lower : 0x80;
      const max = k === 1 ? upper : 0xbf;
      if (continuation < min || continuation > max) {
        return index;
      }
    }
    index += needed + 1;
  }
  return -1;
}

function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return (error as Error).message ?? String(error);
  }
}
