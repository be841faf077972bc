// Writes a draft as YAML with the yaml package's Document API, so that each review mark becomes a
// comment on the node it is about: after a short value, or on the line before a longer one.
import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from "yaml";
import type { Draft, ReviewMark } from "./draft.ts";

/** The header of every draft: what it is and what to do with it. */
export const DRAFT_HEADER = [
  " Draft made by `briefbot draft`: every # comment marks something inferred, check it.",
  " Review it, delete the comments you have checked, then save it into briefings/.",
];

/** Renders a draft as a YAML briefing file with its review marks as comments. */
export function renderDraft(draft: Draft, header: string[] = DRAFT_HEADER): string {
  const doc = new Document(draft.briefing);
  doc.commentBefore = header.join("\n");
  for (const mark of draft.marks) attach(doc, mark);
  return doc.toString({ lineWidth: 100 });
}

function attach(doc: Document, mark: ReviewMark): void {
  const note = ` ${mark.note.replace(/\s*\n\s*/g, " ")}`;
  const key = mark.path[mark.path.length - 1];
  const parent = doc.getIn(mark.path.slice(0, -1), true) as Node | undefined;
  if (typeof key === "number") {
    const item = isSeq(parent) ? (parent.items[key] as Node | undefined) : undefined;
    if (item) item.commentBefore = join(item.commentBefore, note);
    return;
  }
  const map = mark.path.length === 1 ? doc.contents : parent;
  if (!isMap(map)) return;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key) as
    | Pair<Scalar, Node>
    | undefined;
  if (!pair) return;
  const value = pair.value;
  if (isScalar(value) && String(value.value).length <= 50 && !value.comment) {
    value.comment = note;
  } else {
    pair.key.commentBefore = join(pair.key.commentBefore, note);
  }
}

const join = (existing: string | null | undefined, note: string) =>
  existing ? `${existing}\n${note}` : note;
