// Maps a field path (as zod reports it) back to the line and column of its node in the YAML source.
import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from "yaml";

export type PathSegment = string | number;

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Where to point for a problem at `path`: the value's node, or the key when asked (or when there is no value). */
export function locate(
  doc: Document,
  lines: LineCounter,
  path: readonly PathSegment[],
  target: "value" | "key" = "value",
): Position {
  let node: unknown = doc.contents;
  let best = startOf(node);
  for (const [index, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      const keyStart = startOf(pair.key);
      const valueStart = startOf(pair.value);
      best = keyStart ?? best;
      node = pair.value;
      if (index === path.length - 1 && target === "key") break;
      best = valueStart ?? best;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) break;
      best = startOf(item) ?? best;
      node = item;
    } else {
      break;
    }
  }
  return toPosition(lines, best ?? 0);
}

/** Position of a character offset in the source. */
export function toPosition(lines: LineCounter, offset: number): Position {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
