// A comparison as headed blocks of plain text lines, for the chat reply and the `briefbot compare` output.
import type { Comparison, PersonRef, RoundRef } from "./compare.ts";

export interface TextBlock {
  heading: string;
  lines: string[];
}

export function roundLabel(r: RoundRef): string {
  return `${r.title} (${r.date}${r.location ? `, ${r.location}` : ""})`;
}

function personLine(p: PersonRef): string {
  const about = [p.role, p.side && !p.role?.includes(p.side) ? p.side : undefined]
    .filter(Boolean)
    .join(", ");
  return about ? `${p.name} (${about})` : p.name;
}

/** Every change, under a heading per kind; a kind without a change is left out. */
export function comparisonBlocks(c: Comparison): TextBlock[] {
  const blocks: TextBlock[] = [];
  const people = [
    ...c.participants.joined.map((p) => `+ joined: ${personLine(p)}`),
    ...c.participants.left.map((p) => `- left: ${personLine(p)}`),
  ];
  if (people.length) blocks.push({ heading: "Participants", lines: people });
  const parties = [
    ...c.parties.joined.map((p) => `+ joined: ${p}`),
    ...c.parties.left.map((p) => `- left: ${p}`),
  ];
  if (parties.length) blocks.push({ heading: "Parties", lines: parties });
  for (const p of c.positions) {
    blocks.push({
      heading: `Positions: ${p.party}`,
      lines: [
        ...p.changed.map((x) => `~ was: ${x.from}\n  now: ${x.to}`),
        ...p.added.map((x) => `+ ${x}`),
        ...p.removed.map((x) => `- ${x}`),
      ],
    });
  }
  const outcomes = [
    ...c.outcomes.new.map((o) => `+ ${o}`),
    ...c.outcomes.dropped.map((o) => `- ${o}`),
  ];
  if (outcomes.length)
    blocks.push({ heading: "Outcomes (+ new, - earlier only)", lines: outcomes });
  const steps = [
    ...c.nextSteps.met.map(
      (m) => `✓ met: ${m.step.text}${m.step.date ? ` (${m.step.date})` : ""}\n  ${evidenceLine(m)}`,
    ),
    ...c.nextSteps.open.map((s) => `… still open: ${s.text}${s.date ? ` (${s.date})` : ""}`),
  ];
  if (steps.length) {
    blocks.push({ heading: `Next steps from ${c.earlier.date}`, lines: steps });
  }
  return blocks;
}

/**
 * The same changes read the other way round, from the later round back to the earlier one (the
 * compare's "Swap" button): `+` is what only the earlier round has, `-` what only the later has.
 * Next steps are left out: whether one was met is a question only forward in time answers.
 */
export function backwardBlocks(c: Comparison): TextBlock[] {
  const [was, now] = [c.earlier.date, c.later.date];
  const blocks: TextBlock[] = [];
  const people = [
    ...c.participants.left.map((p) => `+ only in ${was}: ${personLine(p)}`),
    ...c.participants.joined.map((p) => `- only in ${now}: ${personLine(p)}`),
  ];
  if (people.length) blocks.push({ heading: "Participants", lines: people });
  const parties = [
    ...c.parties.left.map((p) => `+ only in ${was}: ${p}`),
    ...c.parties.joined.map((p) => `- only in ${now}: ${p}`),
  ];
  if (parties.length) blocks.push({ heading: "Parties", lines: parties });
  for (const p of c.positions) {
    blocks.push({
      heading: `Positions: ${p.party}`,
      lines: [
        ...p.changed.map((x) => `~ ${now}: ${x.to}\n  ${was}: ${x.from}`),
        ...p.removed.map((x) => `+ ${x}`),
        ...p.added.map((x) => `- ${x}`),
      ],
    });
  }
  const outcomes = [
    ...c.outcomes.dropped.map((o) => `+ ${o}`),
    ...c.outcomes.new.map((o) => `- ${o}`),
  ];
  if (outcomes.length) {
    blocks.push({ heading: `Outcomes (+ ${was} only, - ${now} only)`, lines: outcomes });
  }
  return blocks;
}

function evidenceLine(m: Comparison["nextSteps"]["met"][number]): string {
  const e = m.evidence;
  if (e.section === "date" || e.section === "round") return `held: ${e.text}`;
  return `${e.section === "outcomes" ? "outcome" : "point"} of ${e.round.date}: ${e.text}`;
}

/** The comparison as plain text: a title line, then each block. */
export function comparisonText(c: Comparison, seriesName?: string): string {
  const head = `${seriesName ? `${seriesName}: ` : ""}${roundLabel(c.earlier)} → ${roundLabel(c.later)}`;
  const blocks = comparisonBlocks(c);
  if (blocks.length === 0) return `${head}\nNo changes between these rounds.\n`;
  return `${head}\n${blocks.map((b) => `\n${b.heading}\n${b.lines.join("\n")}`).join("\n")}\n`;
}
