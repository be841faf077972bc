// A whole briefing as readable plain text (every field), for `briefbot show` and text-only chats.
import type { Briefing } from "./types.ts";

/** Renders every field of a briefing as plain text, sections in the order of the format. */
export function renderBriefingText(b: Briefing, options: { file?: string } = {}): string {
  const out: string[] = [b.title, "=".repeat(Math.min(b.title.length, 80))];
  const field = (label: string, value: string | undefined) => {
    if (value) out.push(`${`${label}:`.padEnd(10)} ${value}`);
  };
  field("id", b.id);
  field("date", b.end_date && b.end_date !== b.date ? `${b.date} to ${b.end_date}` : b.date);
  field("location", b.location);
  field("format", b.format);
  field("series", b.series);
  field("tags", b.tags?.join(", "));
  field("file", options.file ?? b.file);

  const section = (heading: string, lines: string[]) => {
    if (lines.length > 0) out.push("", heading, ...lines);
  };
  section("Summary", [indent(b.summary)]);
  section(
    "Participants",
    (b.participants ?? []).map((p) => {
      const details = [p.role, p.side && `side: ${p.side}`].filter(Boolean).join("; ");
      const aliases = p.aliases?.length ? ` (also: ${p.aliases.join(", ")})` : "";
      return `  - ${p.name}${aliases}${details ? `: ${details}` : ""}`;
    }),
  );
  section(
    "Parties",
    (b.parties ?? []).flatMap((p) => [
      `  - ${p.name}${p.aliases?.length ? ` (also: ${p.aliases.join(", ")})` : ""}`,
      ...(p.positions ?? []).map((position) => `      position: ${position}`),
    ]),
  );
  section(
    "Quotes",
    (b.quotes ?? []).map(
      (q) => `  - ${q.speaker}: "${q.text}"${q.context ? ` (${q.context})` : ""}`,
    ),
  );
  section("Points", bullets(b.points));
  section("Outcomes", bullets(b.outcomes));
  section(
    "Next steps",
    (b.next_steps ?? []).map(
      (s) =>
        `  - ${s.date ? `${s.end_date && s.end_date !== s.date ? `${s.date} to ${s.end_date}` : s.date}: ` : ""}${s.text}`,
    ),
  );
  section("Background", bullets(b.background));
  section(
    "Sources",
    b.sources.map((s) => {
      const meta = [s.publisher, s.published].filter(Boolean).join(", ");
      return `  - ${s.title}${meta ? ` (${meta})` : ""}${s.url ? ` ${s.url}` : ""}`;
    }),
  );
  return `${out.join("\n")}\n`;
}

function bullets(items: readonly string[] | undefined): string[] {
  return (items ?? []).map((item) => `  - ${item}`);
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
