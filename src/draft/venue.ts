// Where the talks were, for a report without a dateline: the place the opening says the talks,
// meeting or signing were in ("following talks in Windsor", "met … at the prime minister's office
// in Tokyo"), the visit was to ("Erdoğan visit to Berlin"), or where its correspondents are ("live coverage from our correspondents in Hanoi").
import { entityNamed, stateOfCapital } from "./gazetteer.ts";
import { isCalendarWord } from "./vocabulary.ts";

/** A place read from the opening, and the words it was read from. */
export interface Venue {
  place: string;
  source: string;
}

/** Words that say something took place, before the place it took place in. */
const EVENT_CUE =
  /\b(?:talks|summit|meeting|met|meet|meets|ceremony|signed|announced|hosted|hosts|received|negotiations|conference|correspondents?|visit|agreed|spent)\b/i;

/**
 * A sentence about another meeting than these talks: one to come ("is to be received … in Kyiv on
 * Tuesday") or one before them ("who had last met in Xiamen").
 */
const OTHER_MEETING =
  /\b(?:will|is to|are to|is due to|are due to|is expected to|would be held|would take place|next (?:summit|meeting|round)|had(?:\s+last)?\s+(?:met|held|signed|visited))\b/i;

/** "when he flew to Moscow", "arrived in Hanoi", "Erdoğan visit to Berlin": where a party travelled for the talks. */
const TRAVEL_TO =
  /\b(?:flew|flown|travelled|traveled|arrived|went|visit)\s+(?:on\s+)?(?:to|in)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;

/** "Three days after his visit to Kyiv, …": a journey before the one to these talks. */
const EARLIER_JOURNEY =
  /\b(?:after|since|before)\s+(?:his|her|their|its|the|a)\s+(?:\p{L}+\s+)?$/iu;

/** A region, not a place talks are in: "our Latin America correspondent". */
const REGION =
  /\b(?:America|Africa|Asia|Europe|East|Caribbean|Pacific|Balkans|Gulf|Caucasus|Sahel)$/;

/** "Kishida in Manila: how …", "In Mexico City, Colombia and the ELN agree …": a headline's capital. */
const HEADLINE_IN = /(?:^|[\s:])in\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\b/iu;

/** "the tone in Tehran on Tuesday": a place with the day of something that happened there. */
const IN_PLACE_ON_DAY =
  /\bin\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:on|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/iu;

/** "in Woodside", "in Sharm el-Sheikh", "in Mexico City": a capitalised place of up to three words. */
const IN_PLACE = /\bin\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:el-|al-|de\s+)?\p{Lu}[\p{L}'’-]+){0,2})/gu;

/** "at Schloss Elmau in Bavaria", "at Camp David in Maryland": a venue with a name. */
const AT_PLACE_IN = /\bat\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+in\s+\p{Lu}/u;

/** "at Fort de Brégançon, his summer residence": a named venue set off by a comma. */
const AT_NAMED_PLACE =
  /\bat\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|della|di|du|des|la|le|von|of\s+the)\s+)?\p{Lu}[\p{L}'’-]+){1,3}),/u;

/** At most this many characters between the event word and "in": the same clause, roughly. */
const MAX_GAP = 160;

/**
 * "Berlin" of "Berlin Scholz" (a headline "Erdoğan visit to Berlin" run into the next line): the
 * longest opening words that are a known state or capital, else the words as they are.
 */
function knownPlaceOpening(place: string): string {
  const words = place.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const opening = words.slice(0, n).join(" ");
    if (stateOfCapital(opening) || entityNamed(opening)) return opening;
  }
  return place;
}

/**
 * `venueOf`: the first place the opening paragraphs (`opening`, in order) say the talks were
 * in. Sentences about an earlier year (`before`, the report's year) are about the past, not these
 * talks, and are skipped. Undefined when the opening names no such place.
 */
export function venueOf(opening: string[], year: number): Venue | undefined {
  for (const paragraph of opening) {
    for (const sentence of paragraph.split(/(?<=[.!?])\s+/)) {
      const years = [...sentence.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
      if (years.some((y) => y < year)) continue;
      const cue = EVENT_CUE.exec(sentence);
      if (!cue || OTHER_MEETING.test(sentence)) continue;
      const after = sentence.slice(cue.index, cue.index + MAX_GAP);
      const travel = [...after.matchAll(TRAVEL_TO)].find(
        (t) => !EARLIER_JOURNEY.test(sentence.slice(0, cue.index + t.index)),
      );
      if (travel?.[1] && !isCalendarWord(travel[1]))
        return { place: knownPlaceOpening(travel[1]), source: sentence };
      // "at Schloss Elmau in Bavaria": the named venue, not its region
      const venue = AT_PLACE_IN.exec(after);
      if (venue?.[1] && !isCalendarWord(venue[1])) return { place: venue[1], source: sentence };
      // "received X at Villa del Mar, …, days before the summit in Lima": the venue named first
      const named = AT_NAMED_PLACE.exec(after);
      const namedPlace = named?.[1] && !isCalendarWord(named[1]) ? named : undefined;
      for (const m of after.matchAll(IN_PLACE)) {
        if (namedPlace && namedPlace.index < m.index) break;
        const place = (m[1] ?? "").replace(/['’]s$/u, "");
        const first = place.split(/\s+/)[0] ?? "";
        if (isCalendarWord(first) || /^(?:The|A|An|His|Her|Their|Its)$/.test(first)) continue;
        const source = sentence.length <= 120 ? sentence : after.slice(0, m.index + m[0].length);
        return { place, source };
      }
      if (namedPlace?.[1]) return { place: namedPlace[1], source: sentence };
    }
  }
  for (const paragraph of opening) {
    const here = paragraph
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => !OTHER_MEETING.test(sentence))
      .join(" ");
    const m = IN_PLACE_ON_DAY.exec(here);
    if (m?.[1] && !/^(?:the|a|an|his|her|their|its)$/i.test(m[1].split(/\s+/)[0] ?? ""))
      return { place: m[1], source: m[0] };
  }
  // the headline's "in" a capital the draft knows ("Kishida in Manila: …")
  for (const line of opening.slice(0, 2).filter((b) => !/[.!?]["”’]?$/.test(b.trim()))) {
    const headline = HEADLINE_IN.exec(line);
    if (headline?.[1] && stateOfCapital(headline[1]))
      return { place: headline[1], source: headline[0].trim() };
  }
  // "By our Tokyo correspondent": where the report was written, as a dateline would say
  for (const paragraph of opening) {
    // "From Our Correspondent, Marsaxlokk, Malta": the place after the byline
    const from =
      /^(?:from|by)\s+our\s+(?:own\s+)?correspondents?,?\s+(?:in\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?)\s*$/iu.exec(
        paragraph.trim(),
      );
    if (from?.[1] && !REGION.test(from[1])) return { place: from[1], source: from[0] };
    const m = /\bour\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+correspondents?\b/u.exec(
      paragraph,
    );
    if (m?.[1] && !REGION.test(m[1])) return { place: m[1], source: m[0] };
  }
  return undefined;
}
