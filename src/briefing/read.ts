// Reads one briefing file safely: links only inside the folder, regular files only, never more than the size limit.
import { constants, lstatSync, realpathSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { isAbsolute, relative, sep } from "node:path";

/**
 * The default largest briefing file, in bytes (1 MiB: far above any real briefing, far below what
 * would slow the bot down); `BRIEFBOT_MAX_BRIEFING_BYTES` changes it.
 */
export const DEFAULT_MAX_BRIEFING_BYTES = 1024 * 1024;

/** What looking at one file in the folder found. */
export type FileLook =
  /** Not a briefing to read: gone since the listing, a dangling link, a folder, a FIFO. */
  | { kind: "skip" }
  /** Refused without reading it; `key` changes when the file or link does. */
  | { kind: "refused"; key: string; message: string }
  /** A regular file within the limit: read it with {@link readWithin}. */
  | { kind: "file"; key: string; path: string; size: number };

/**
 * Looks at `file` (a name listed in `folder`, whose real path is `realFolder`) without reading it.
 * A symbolic link is followed only when it resolves inside the briefings folder; a link to
 * anything outside is refused, so a link to `/etc/passwd` is never opened. A file over
 * `maxBytes` is refused by its size. The `key` (size, mtime, link target, limit) tells the cache
 * when the file must be looked at again. Synchronous: a restart looks at every file of the folder,
 * and 10,000 `lstat` calls cost several times the CPU through promises (the caller looks at a
 * few hundred between two turns of the event loop).
 */
export function lookAt(file: string, realFolder: string, maxBytes: number): FileLook {
  try {
    const link = lstatSync(file);
    let path = file;
    let target = "";
    if (link.isSymbolicLink()) {
      path = realpathSync.native(file);
      target = `:${path}`;
      if (!isInside(realFolder, path)) {
        return {
          kind: "refused",
          key: `link${target}`,
          message:
            "is a symbolic link to a file outside the briefings folder; briefbot follows links only inside the folder (copy the file into the folder instead)",
        };
      }
    } else if (!link.isFile()) {
      return { kind: "skip" };
    }
    const info = link.isSymbolicLink() ? statSync(path) : link;
    if (!info.isFile()) return { kind: "skip" };
    const key = `${info.size}:${info.mtimeMs}${target}:${maxBytes}`;
    if (info.size > maxBytes) {
      return { kind: "refused", key, message: tooLarge(info.size, maxBytes) };
    }
    return { kind: "file", key, path, size: info.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ELOOP" || code === "ENOTDIR") return { kind: "skip" };
    throw error;
  }
}

/**
 * Reads a regular file, never more than `maxBytes` (a file that grew past the limit since it was
 * looked at is refused, not read whole). Opens without following a last-moment link and without
 * blocking on a FIFO swapped in for the file.
 */
export async function readWithin(
  path: string,
  maxBytes: number,
): Promise<{ bytes: Buffer } | { message: string } | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ELOOP") return undefined;
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return undefined;
    if (info.size > maxBytes) return { message: tooLarge(info.size, maxBytes) };
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, info.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { message: tooLarge(length, maxBytes, "at least ") };
    return { bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

/** "the file is 20.0 MB (20,971,520 bytes), over the 1.0 MB limit …" */
function tooLarge(size: number, maxBytes: number, atLeast = ""): string {
  return `the file is ${atLeast}${humanBytes(size)} (${size.toLocaleString("en")} bytes), over the ${humanBytes(maxBytes)} limit for one briefing (BRIEFBOT_MAX_BRIEFING_BYTES); split it into several briefings or raise the limit`;
}

/** 1536 → "1.5 KB", 1048576 → "1.0 MB" (binary units, as `ls -lh` shows them). */
export function humanBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Whether `path` is `folder` itself or lies under it (both already resolved by realpath). */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
