/**
 * Reading a file that must be a plain file of bounded size: a seed, a
 * settings file, a parse-cache entry, the record of the last build's
 * outputs. Opened without blocking and checked on the open descriptor, so a
 * named pipe, a device (`/dev/zero`), a folder or a file swapped in between a
 * check and the read can never hang the build or fill its memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

export class NotARegularFile extends Error {
  override name = "NotARegularFile";
  /** What the path is instead: "a folder", "a symbolic link", "a named pipe"... */
  constructor(readonly what: string) {
    super(`it is ${what}, not a regular file`);
  }
}

export class FileTooLarge extends Error {
  override name = "FileTooLarge";
  constructor(readonly size: number) {
    super(`it is ${size} bytes, over the limit`);
  }
}

function describe(info: Stats): string {
  if (info.isDirectory()) return "a folder";
  if (info.isFIFO()) return "a named pipe";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "not a regular file";
}

export interface ReadOptions {
  /** Larger files are refused unread (`FileTooLarge`). */
  maxBytes: number;
  /** Read the file a symbolic link points to (it must be a regular file too); otherwise a link is refused. */
  followLinks?: boolean;
}

/** Reads at most `maxBytes + 1` bytes from `fd`, growing the buffer as the file turns out longer than its size said. */
function readBounded(fd: number, sizeHint: number, maxBytes: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(sizeHint, maxBytes) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw new FileTooLarge(length);
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
  }
}

/**
 * The bytes of `file`. Throws `NotARegularFile` or `FileTooLarge` for what is
 * refused, and the system's error (ENOENT, EACCES...) for what cannot be opened.
 */
export function readRegularFile(file: string, { maxBytes, followLinks = false }: ReadOptions): Buffer {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW));
  } catch (error) {
    if (!followLinks && (error as NodeJS.ErrnoException).code === "ELOOP") throw new NotARegularFile("a symbolic link");
    throw error;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new NotARegularFile(describe(info));
    if (info.size > maxBytes) throw new FileTooLarge(info.size);
    return readBounded(fd, info.size, maxBytes);
  } finally {
    closeSync(fd);
  }
}
