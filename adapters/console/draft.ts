// The console's own `/draft FILE [--date YYYY-MM-DD]`: drafts a briefing from a news report on
// this machine and saves it under drafts/ (never briefings/, so live reload cannot serve an
// unreviewed draft). Console-only: chat platforms have no local files to read.
import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import { MAX_ARGUMENT_LENGTH, parseWords, splitCommand } from "../../src/bot/index.ts";
import type { Reply } from "../../src/chat/index.ts";
import {
  DraftError,
  type DraftOptions,
  draftBriefing,
  readArticleFile,
  renderDraft,
  summaryLine,
} from "../../src/draft/index.ts";

export const DRAFT_USAGE = "/draft FILE [--date YYYY-MM-DD]";

/** Runs `/draft …` (the text after the slash) relative to `cwd`; always returns a reply. */
export async function runDraftCommand(text: string, cwd: string): Promise<Reply> {
  const { rest } = splitCommand(text);
  if (rest.length > MAX_ARGUMENT_LENGTH) {
    return usage(`That is too long: at most ${MAX_ARGUMENT_LENGTH} characters after /draft.`);
  }
  const parsed = parseWords(rest);
  if (!parsed.ok) return usage(parsed.problem);
  const args = parsed.words;
  const dateAt = args.indexOf("--date");
  const date = dateAt >= 0 ? args[dateAt + 1] : undefined;
  const files = dateAt < 0 ? args : args.filter((_, i) => i !== dateAt && i !== dateAt + 1);
  if (files.length !== 1 || (dateAt >= 0 && !date?.match(/^\d{4}-\d{2}-\d{2}$/))) {
    return usage("Draft a briefing from a news report (plain text or Markdown).");
  }
  const file = resolve(cwd, files[0] as string);
  let article: string;
  try {
    // Over MAX_ARTICLE_BYTES is refused here, before the article is parsed or read whole.
    article = await readArticleFile(file, files[0] as string);
  } catch (error) {
    if (error instanceof DraftError) return usage(error.message);
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return usage(`Cannot read ${files[0]}: ${code}.`);
  }
  const options: DraftOptions = { file: files[0] as string };
  if (date) options.date = date;
  try {
    const draft = draftBriefing(article, options);
    const name = `${draft.briefing.date}-${basename(file, extname(file))}.yaml`;
    const out = join(cwd, "drafts", name);
    await mkdir(join(cwd, "drafts"), { recursive: true });
    await writeFile(out, renderDraft(draft), "utf8");
    const shown = relative(cwd, out);
    return {
      title: `Draft saved: ${shown}`,
      kind: "ok",
      visibility: "ephemeral",
      sections: [
        { text: `Found ${summaryLine(draft.counts)}.` },
        {
          heading: "Next",
          text: [
            `1. Review ${shown}: every "# …" comment says what was inferred; fix or delete what is marked REVIEW.`,
            `2. Check it: npx briefbot validate --dir drafts`,
            `3. Move it into briefings/: the running bot picks it up within a second.`,
          ].join("\n"),
        },
      ],
    };
  } catch (error) {
    if (error instanceof DraftError) return usage(error.message);
    throw error;
  }
}

function usage(message: string): Reply {
  return {
    title: "Draft",
    kind: "usage",
    visibility: "ephemeral",
    sections: [{ text: `${message}\nUsage: ${DRAFT_USAGE}` }],
  };
}
