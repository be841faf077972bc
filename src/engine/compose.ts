// Turns chosen facts into the answer's words and citations: the quote with its speaker, the
// name with the role, the date as YYYY-MM-DD with a human form.
import type { Briefing } from "../briefing/types.ts";
import { humanDate } from "../text/calendar.ts";
import type { Fact } from "./facts.ts";
import type { Citation, Section } from "./types.ts";

export { humanDate };

/** The briefing's date or date range in words. */
export function briefingWhen(b: Briefing): string {
  return b.end_date && b.end_date !== b.date
    ? `from ${humanDate(b.date)} to ${humanDate(b.end_date)}`
    : `on ${humanDate(b.date)}`;
}

export function citeFact(f: Fact): Citation {
  return {
    briefing: f.briefing.id,
    title: f.briefing.title,
    date: f.briefing.date,
    section: f.section,
    text: f.text,
    ...(f.speaker ? { speaker: f.speaker } : {}),
  };
}

export function citeBriefing(b: Briefing, section: Section, text: string): Citation {
  return { briefing: b.id, title: b.title, date: b.date, section, text };
}

/** `Jens Stoltenberg said: “…”` (with the quote's context when it has one). */
export function quoteLine(f: Fact): string {
  const role = f.participant?.role ? ` (${f.participant.role})` : "";
  // the full name, even when the quote gives only an alias ("Berg")
  return `${f.participant?.name ?? f.speaker}${role} said: “${f.text}”`;
}

/** `Name, role (side)`. */
export function participantLine(f: Fact): string {
  const p = f.participant;
  if (!p) return f.text;
  const side = p.side && !(p.role ?? "").includes(p.side) ? ` (${p.side})` : "";
  return `${p.name}${p.role ? `, ${p.role}` : ""}${side}`;
}

/** A next step with its date when it has one. */
export function stepLine(f: Fact): string {
  if (f.date && f.endDate && f.endDate !== f.date)
    return `${f.text} (${humanDate(f.date)} to ${humanDate(f.endDate)})`;
  return f.date ? `${f.text} (${humanDate(f.date)})` : f.text;
}

/**
 * A fact as an answer line: a quote with its speaker, a participant with their role, a next step
 * with its date, a side's position with the side's name ("Switzerland: Hosted the summit …": a
 * position is written without it), else its text.
 */
export function factLine(f: Fact): string {
  if (f.section === "quotes") return quoteLine(f);
  if (f.section === "participants") return participantLine(f);
  if (f.section === "next_steps") return stepLine(f);
  if (f.section === "parties" && f.partyName && !f.text.startsWith(f.partyName))
    return `${f.partyName}: ${f.text}`;
  return f.text;
}

/** " [Title, 2022-01-12]": which briefing, when there are several to choose from. */
export function sourceTag(b: Briefing, many: boolean): string {
  return many ? ` [${b.title}, ${b.date}]` : "";
}
