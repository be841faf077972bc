// A report's dateline ("SOCHI, Russia, 17 September 2018 (Reuters) -", "Antalya (dpa) –",
// "BRUSSELS, January 12, 2022 –", "BEIJING -", "Beijing. It was …"): where it was filed and by
// whom, read off the lead paragraph so the place goes to `location`, the agency to the source,
// and neither stays in the summary.
import { stateOfCapital } from "./gazetteer.ts";
import { isCalendarWord } from "./vocabulary.ts";

/** What a dateline says, and the lead paragraph without it. */
export interface Dateline {
  place: string;
  /** The agency in brackets, when the dateline names one ("Reuters", "AFP", "dpa"). */
  publisher?: string;
  /** The lead paragraph after the dateline. */
  rest: string;
}

/** A place word: "SOCHI", "Jeddah", "SHARM EL-SHEIKH", "Sharm el-Sheikh", "ST. PETERSBURG". */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|el|al|de|la|le|di|du|am|an|upon|on))*`;
/** Commas after the place: a region or country, then possibly the date. */
const MORE = String.raw`(?:,\s*[^,()–—\n]{1,40}?){0,3}`;
/** "Zanzibar (Tanzania), April 25 (AFP) -": the state or region in brackets after the place. */
const REGION = String.raw`(?:\s*\(\p{Lu}[\p{L} .'’-]{1,30}\))?`;
/** The agency in brackets: short, starts with a capital. */
const AGENCY = String.raw`\(\s*(\p{L}[\p{L}.& ]{0,24}?)\s*\)`;
const DASH = String.raw`\s*[-–—]+\s+`;

const WITH_AGENCY = new RegExp(`^(${PLACE})${REGION}${MORE}\\s*${AGENCY}${DASH}`, "u");
const WITH_DATE = new RegExp(`^(${PLACE})${MORE}\\s*\\d{4}${DASH}`, "u");
/**
 * "PSARADES, Greece -", "SINGAPORE/SEOUL -": a place in capitals needs no date or agency, but a
 * region or a second place ("NATO - the alliance said" is no dateline).
 */
const IN_CAPITALS = new RegExp(
  String.raw`^(\p{Lu}{2,}[\p{Lu}.'’ -]*?)(?:/[\p{Lu}/ ]+|(?:,\s*[^,()–—\n]{1,40}?){1,3})${DASH}`,
  "u",
);

/** "BEIJING - …", "Beijing. It was …": a capital alone, then a dash or a full stop. */
const CAPITAL_ALONE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:${DASH}|\.\s+(?=\p{Lu}))`,
  "u",
);

/** Title case for a place written in capitals ("SHARM EL-SHEIKH" → "Sharm El-Sheikh"). */
function placeName(raw: string): string {
  const trimmed = raw.trim().replace(/[,.]$/, "");
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The dateline opening a lead paragraph, if there is one. */
export function readDateline(lead: string): Dateline | undefined {
  // a dateline is short: look at the start of the paragraph only
  const head = lead.slice(0, 160);
  const alone = CAPITAL_ALONE.exec(head);
  const m =
    WITH_AGENCY.exec(head) ??
    WITH_DATE.exec(head) ??
    IN_CAPITALS.exec(head) ??
    (alone?.[1] && stateOfCapital(alone[1]) ? alone : null);
  if (!m?.[1]) return undefined;
  const place = placeName(m[1]);
  if (place.split(/\s+/).length > 4) return undefined;
  const publisher = m[2]?.trim();
  return {
    place,
    ...(publisher ? { publisher } : {}),
    rest: lead.slice(m[0].length).trim(),
  };
}

/**
 * "Tunis, 16 July 2023", "Nairobi, Kenya, 28 November 2022", "Brussels, Monday, July 16, 2023": a
 * press release's place (and region) and date, the whole line.
 */
const PLACE_AND_DATE = new RegExp(
  String.raw`^(${PLACE})(?:,\s*\p{Lu}[\p{L}.'’ -]{1,30}?)?,\s*(?:\p{L}+day,?\s+)?(?:\d{1,2}\.?\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2},?)\s+\d{4}\s*$`,
  "u",
);

/**
 * `datelineLine`: a dateline on a line of its own before the lead, "Kyiv (AFP) – Published on
 * 16/06/2022" (a place, the agency in brackets and a dash) or a press release's "Tunis, 16 July
 * 2023" (a place and a date, nothing else).
 */
export function datelineLine(line: string): Dateline | undefined {
  // "PRESS RELEASE | Brasília, 30 May 2023": the place and date may be one part of a line of parts
  const part = line.slice(0, 160).split(/\s+\|\s+/);
  const m =
    WITH_AGENCY.exec(line.slice(0, 160)) ??
    PLACE_AND_DATE.exec(line.slice(0, 160)) ??
    (part.length > 1 ? PLACE_AND_DATE.exec(part.at(-1) ?? "") : null);
  // "Monday, 13 February 2023" is a date, not a place; "THE INDEPENDENT, Monday 4 December
  // 1989" the paper's name
  const first = m?.[1]?.split(/\s+/)[0] ?? "";
  if (!m?.[1] || isCalendarWord(first) || /^the$/i.test(first)) return undefined;
  const place = placeName(m[1]);
  if (place.split(/\s+/).length > 4) return undefined;
  const publisher = m[2]?.trim();
  const rest = m.input === line.slice(0, 160) ? line.slice(m[0].length).trim() : "";
  return { place, ...(publisher ? { publisher } : {}), rest };
}
