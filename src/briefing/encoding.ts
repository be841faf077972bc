// Bytes of a briefing file to text: UTF-8 only (with or without a BOM); anything else is named, with its place.
import { isUtf8 } from "node:buffer";

/** The decoded text, or why the bytes are not a UTF-8 briefing (with a 1-based place when known). */
export type Decoded =
  | { text: string }
  | { problem: { message: string; line?: number; column?: number } };

const SAVE_AS_UTF8 = "save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)";

/**
 * Decodes a briefing file. A UTF-8 byte order mark is dropped. UTF-16 and UTF-32 files (with a
 * byte order mark, or UTF-16 recognised by its zero bytes) are named as such; invalid UTF-8 is
 * reported at the line and column of its first bad byte, never replaced by U+FFFD; a NUL byte
 * (a binary file) is reported where it is.
 */
export function decodeBriefing(bytes: Uint8Array): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) {
    return {
      problem: { message: `the file is ${bom}, with a byte order mark; ${SAVE_AS_UTF8}` },
    };
  }
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) {
    return {
      problem: { message: `the file is ${utf16} (every other byte is zero); ${SAVE_AS_UTF8}` },
    };
  }

  const start = hasUtf8Bom(bytes) ? 3 : 0;
  const body = bytes.subarray(start);
  if (!isUtf8(body)) {
    const at = firstInvalidUtf8(body);
    const byte = body[at] ?? 0;
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    const hint =
      byte >= 0x80 && byte <= 0xff && looksLikeSingleByteText(body)
        ? "the file looks like Latin-1 or Windows-1252"
        : "the file is not UTF-8 text";
    return {
      problem: {
        ...placeOf(body, at),
        message: `invalid UTF-8: byte ${hex} is not part of a valid UTF-8 character (${hint}); ${SAVE_AS_UTF8}`,
      },
    };
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    return {
      problem: {
        ...placeOfText(text, nul),
        message: "the file contains a NUL byte: a briefing is UTF-8 text, not a binary file",
      },
    };
  }
  return { text };
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function byteOrderMark(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return "UTF-32 little-endian";
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return "UTF-32 big-endian";
  if (b[0] === 0xff && b[1] === 0xfe) return "UTF-16 little-endian";
  if (b[0] === 0xfe && b[1] === 0xff) return "UTF-16 big-endian";
  return undefined;
}

/**
 * UTF-16 without a byte order mark: in the first 4 KB, most pairs of bytes have a zero on one side
 * (text in Latin script) and almost none on the other.
 */
function looksLikeUtf16(b: Uint8Array): string | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "UTF-16 little-endian";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "UTF-16 big-endian";
  return undefined;
}

/** Whether the bytes look like single-byte text: bytes over 0x7F mostly stand alone. */
function looksLikeSingleByteText(b: Uint8Array): boolean {
  let high = 0;
  let lone = 0;
  for (let i = 0; i < b.length; i++) {
    const byte = b[i] ?? 0;
    if (byte < 0x80) continue;
    high++;
    const before = b[i - 1] ?? 0;
    const after = b[i + 1] ?? 0;
    if (before < 0x80 && after < 0x80) lone++;
  }
  return high > 0 && lone >= high / 2;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let code = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = b[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}

/** 1-based line and column (in characters) of a byte offset in valid-until-there UTF-8. */
function placeOf(b: Uint8Array, offset: number): { line: number; column: number } {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = Buffer.from(b.buffer, b.byteOffset + lineStart, offset - lineStart).toString(
    "utf8",
  );
  return { line, column: [...before].length + 1 };
}

function placeOfText(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf("\n") + 1;
  return {
    line: before.split("\n").length,
    column: [...before.slice(lineStart)].length + 1,
  };
}
