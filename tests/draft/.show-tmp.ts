import { readFileSync } from "node:fs";
import { draftBriefing, renderDraft } from "/work/wt-draft4/src/draft/index.ts";

const f = process.argv[2]!;
const d = draftBriefing(readFileSync(f, "utf8"), { file: f });
console.log(renderDraft(d));
