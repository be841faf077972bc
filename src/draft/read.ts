// Reads an article for drafting from a file or a stream, never more than MAX_ARTICLE_BYTES + 1
// bytes: a larger article is refused before it is parsed, and before it is read whole.
import { open } from "node:fs/promises";
import { DraftError } from "./errors.ts";
import { MAX_ARTICLE_BYTES, tooLargeMessage } from "./limits.ts";

/**
 * The article at `path` (UTF-8), or a {@link DraftError} naming `name` when it is over
 * {@link MAX_ARTICLE_BYTES}. File-system errors (ENOENT, EISDIR …) are thrown as they are.
 */
export async function readArticleFile(path: string, name: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size > MAX_ARTICLE_BYTES) throw new DraftError(tooLargeMessage(name, size));
    // The size of a pipe or a device is not known ahead: read at most one byte past the cap.
    const buffer = Buffer.alloc(MAX_ARTICLE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_ARTICLE_BYTES) throw new DraftError(tooLargeMessage(name));
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    await handle.close();
  }
}

/**
 * The article a stream carries (UTF-8), or a {@link DraftError} naming `name` as soon as more
 * than {@link MAX_ARTICLE_BYTES} have arrived; the rest is not read.
 */
export async function readArticleStream(
  stream: AsyncIterable<Buffer | string>,
  name: string,
): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    length += bytes.length;
    if (length > MAX_ARTICLE_BYTES) throw new DraftError(tooLargeMessage(name));
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString("utf8");
}
