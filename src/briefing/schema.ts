// The briefing file format, version 1 (docs/briefing-format.md), as zod schemas.
// Strict objects: an unknown field is an error, so a typo never silently drops data.
import { z } from "zod";

/** A calendar day, `YYYY-MM-DD`, that exists (no 2022-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a date as YYYY-MM-DD" })
  .refine(isRealDay, { message: "is not a real calendar day" });

/** A date or an ISO 8601 date-time with an offset or `Z`. */
export const isoDateOrDateTime = z.union([isoDate, z.iso.datetime({ offset: true })], {
  message:
    "expected a date (YYYY-MM-DD) or an ISO date-time with offset (2022-01-12T15:45:00+01:00)",
});

const text = z.string().trim().min(1, { message: "must not be empty" });
const textList = z.array(text);

export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
  message: "expected a slug of a-z, 0-9 and - (like 2022-01-12-nato-russia-council)",
});

export const participantSchema = z.strictObject({
  name: text,
  role: text.optional(),
  side: text.optional(),
  aliases: textList.optional(),
});

export const partySchema = z.strictObject({
  name: text,
  aliases: textList.optional(),
  positions: textList.optional(),
});

export const quoteSchema = z.strictObject({
  speaker: text,
  text: text,
  context: text.optional(),
});

export const nextStepSchema = z.strictObject({
  text: text,
  date: isoDate.optional(),
  /** The last day of a step over several days ("a summit from 23 to 24 June"); needs `date`. */
  end_date: isoDate.optional(),
});

export const sourceSchema = z.strictObject({
  title: text,
  publisher: text.optional(),
  url: z
    .url({ protocol: /^https?$/, message: "expected an absolute http(s) URL (https://…)" })
    .optional(),
  published: isoDateOrDateTime.optional(),
});

export const briefingFileSchema = z.strictObject({
  id: slug.optional(),
  title: text,
  date: isoDate,
  end_date: isoDate.optional(),
  location: text.optional(),
  format: text.optional(),
  series: text.optional(),
  summary: text,
  participants: z.array(participantSchema).optional(),
  parties: z.array(partySchema).optional(),
  quotes: z.array(quoteSchema).optional(),
  points: textList.optional(),
  outcomes: textList.optional(),
  next_steps: z.array(nextStepSchema).optional(),
  background: textList.optional(),
  sources: z.array(sourceSchema).min(1, { message: "needs at least one source" }),
  tags: textList.optional(),
});

/** The top-level field names, for did-you-mean on unknown fields. */
export const BRIEFING_FIELDS = Object.keys(briefingFileSchema.shape);

/**
 * The field names allowed in each kind of mapping, keyed by the field path with list indexes
 * removed (`""` is the top level, `"quotes"` is one quote). Used to suggest a field name.
 */
export const FIELDS_BY_PLACE: Readonly<Record<string, readonly string[]>> = {
  "": BRIEFING_FIELDS,
  participants: Object.keys(participantSchema.shape),
  parties: Object.keys(partySchema.shape),
  quotes: Object.keys(quoteSchema.shape),
  next_steps: Object.keys(nextStepSchema.shape),
  sources: Object.keys(sourceSchema.shape),
};

export type BriefingFile = z.infer<typeof briefingFileSchema>;

/** False only for a well-formed YYYY-MM-DD that names no real day; the regex reports the rest. */
function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}
