// How much each section answers each kind of question, how much a soft word or a name counts
// when scoring facts and briefings, and how long a listed answer gets.
import type { Kind } from "./question.ts";
import type { Section } from "./types.ts";

export const SOFT_WEIGHT = 0.35;

export const MENTION_WEIGHT = 2;

/** The section that answers each list-like kind of question. */
export const SECTION_OF = {
  outcome: "outcomes",
  next: "next_steps",
  background: "background",
  points: "points",
} as const satisfies Partial<Record<Kind, Section>>;

/** Section weights per question kind: which sections answer it. */
export const SECTION_WEIGHT: Record<Kind, Partial<Record<Section, number>>> = {
  who: { participants: 3, quotes: 1, parties: 0.5 },
  said: { quotes: 3, parties: 0.6, points: 0.4 },
  position: { parties: 3, quotes: 1.5, points: 1, outcomes: 1, summary: 0.5 },
  when: { next_steps: 2, background: 2, date: 2, points: 0.6, outcomes: 0.6 },
  where: { location: 3 },
  howlong: { points: 1, summary: 1, background: 1, outcomes: 1 },
  outcome: { outcomes: 3, points: 0.6, summary: 0.5 },
  next: { next_steps: 3, outcomes: 0.6 },
  background: { background: 3, points: 0.6 },
  points: { points: 3, outcomes: 0.8 },
  summary: { summary: 3 },
  general: {
    summary: 1,
    points: 1,
    outcomes: 1,
    background: 1,
    parties: 1,
    quotes: 1,
    next_steps: 1,
    participants: 1,
  },
};

export const MAX_LIST = 6;
