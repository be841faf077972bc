// Turns a news report into a briefing draft in format v1, with a review mark for every item that
// was inferred rather than read directly. Offline and deterministic: same article, same draft.
import type { BriefingFile } from "../briefing/schema.ts";
import { type OfficeHolder, officeOn } from "../text/office-holders.ts";
import { type Article, type Block, parseArticle } from "./article.ts";
import { datelineLine, readDateline } from "./dateline.ts";
import { datelineDay, findArticleDate, yearsIn } from "./dates.ts";
import { Discourse, type KnownOffices, type QuoteReading } from "./discourse.ts";
import { DraftError } from "./errors.ts";
import { type Group, groupsDefined, readGroupRoles } from "./groups.ts";
import {
  clip,
  MAX_ARTICLE_BYTES,
  MAX_ITEM_CHARS,
  MAX_NOTE_CHARS,
  MAX_SECTION_ITEMS,
  tooLargeMessage,
} from "./limits.ts";
import { findMentions, type Mention, nameWordsOf } from "./mentions.ts";
import { counterpartOfPrevious, namedAfterRole, roleAfterName } from "./named-after-role.ts";
import { nextStepsIn } from "./next-steps.ts";
import { joinedSurnames, type NotPeople, notAPerson } from "./non-persons.ts";
import { partiesNamed, partyPosition, thirdPartiesListed } from "./parties.ts";
import { wellEvidenced } from "./path-evidence.ts";
import { People, type Person } from "./people.ts";
import { quotedInside, quoteText } from "./quotes.ts";
import { type SideFinding, sidesOfPeople } from "./sides.ts";
import { talksDayBefore, talksRange } from "./talks-day.ts";
import { analyse, type Sentence, type Token } from "./tokens.ts";
import { venueOf } from "./venue.ts";

/** What the user may tell the drafter; the source fields go into `sources[0]`. */
export interface DraftOptions {
  /** The talks' date, `YYYY-MM-DD`, overriding what the article says. */
  date?: string;
  sourceTitle?: string;
  publisher?: string;
  url?: string;
  /** The article's name for error messages ("report.txt", "standard input"). */
  file?: string;
}

/** A comment for the reviewer on one node of the draft, by its path (`["quotes", 2]`). */
export interface ReviewMark {
  path: Array<string | number>;
  note: string;
  /** For a quote: the attribution path (rule) that credited its speaker, when one did. */
  rule?: string;
}

/** How much the drafter found, for the summary line. */
export interface DraftCounts {
  participants: number;
  parties: number;
  positions: number;
  quotes: number;
  unattributed: number;
  background: number;
  nextSteps: number;
  marks: number;
  /** Items found beyond the draft's bounds ({@link MAX_SECTION_ITEMS} a list) and left out. */
  omitted: number;
}

/** A drafted briefing, its review marks, and what was found. */
export interface Draft {
  briefing: BriefingFile;
  marks: ReviewMark[];
  counts: DraftCounts;
}

/**
 * The participant that quotes nobody can be credited with are given to. The format requires a
 * quote's speaker to name a participant or party; a visible placeholder keeps such quotes
 * (verbatim, with a context saying so) without crediting anyone by guess.
 */
export const UNATTRIBUTED = "Unattributed";

interface DraftQuote {
  speaker: Person | undefined;
  /** A state or organisation that speaks ("the Kremlin said"), when no person does. */
  party?: string;
  /** The party's body that speaks, as written ("China's foreign ministry"): the speaker named. */
  body?: string;
  text: string;
  context?: string;
  note: string;
  /** The attribution path (rule) that credited the speaker or party (`QuoteReading.path`). */
  path?: string;
}

const FUTURE =
  /\b(?:will|shall|is to|are to|is due|are due|is expected to|are expected to|plans? to|planned|is scheduled|are scheduled|intends? to|next|upcoming|coming|later this|to be held)\b/i;

/**
 * Drafts a briefing from an article's text. Throws {@link DraftError} when the article is over
 * {@link MAX_ARTICLE_BYTES} (before reading any of it), has no running text, or has no date with
 * day, month and year and none was given. Time and memory grow in proportion to the article, and
 * the draft keeps at most {@link MAX_SECTION_ITEMS} items a list of at most {@link MAX_ITEM_CHARS}
 * characters each, with a review mark wherever something was left out or cut.
 */
export function draftBriefing(text: string, options: DraftOptions = {}): Draft {
  const file = options.file ?? "the article";
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_ARTICLE_BYTES) throw new DraftError(tooLargeMessage(file, bytes));
  const article = parseArticle(text);
  const body = article.blocks.filter((b) => b.kind === "body");
  const lead = body[0];
  if (!lead) {
    throw new DraftError(
      `${file}: found no running text (no paragraph of sentences ending in a full stop) to draft from`,
    );
  }
  const marks: ReviewMark[] = [];
  const found = findArticleDate(article.blocks);
  const date = options.date ?? found?.date;
  if (!date) {
    throw new DraftError(
      `${file}: found no date with day, month and year (a time stamp such as "Status: 12.01.2022", a dateline such as "BRUSSELS, January 12, 2022", or a "Published …" line); pass --date YYYY-MM-DD`,
    );
  }
  if (!options.date && found) marks.push({ path: ["date"], note: `date from "${found.source}"` });

  const analysed = article.blocks
    .filter((b) => b.kind !== "meta")
    .map((block) => ({ block, sentences: analyse(block.text).sentences }));
  const bodySentences = analysed.filter((a) => a.block.kind === "body").flatMap((a) => a.sentences);
  const mentionsOf = new Map<Sentence, Mention[]>();
  for (const a of analysed) for (const s of a.sentences) mentionsOf.set(s, findMentions(s.tokens));
  // Second pass: a word of a full name is a name wherever it stands, whatever the tagger made of it.
  const known = nameWordsOf(bodySentences.flatMap((s) => mentionsOf.get(s) ?? []));
  for (const a of analysed)
    for (const s of a.sentences) mentionsOf.set(s, findMentions(s.tokens, known));
  // the dateline says where the report was filed and by whom; it is not part of the summary
  const dateline = readDateline(lead.text);
  // "WASHINGTON — When …" under a standfirst: the dateline opens the paragraph after the lead
  const laterDateline = dateline
    ? undefined
    : body
        .slice(1, 3)
        .map((b) => ({ block: b, found: readDateline(b.text) }))
        .find((x) => x.found !== undefined);
  const datelineText = dateline
    ? lead.text.slice(0, lead.text.length - dateline.rest.length)
    : laterDateline?.found
      ? laterDateline.block.text.slice(
          0,
          laterDateline.block.text.length - laterDateline.found.rest.length,
        )
      : "";
  const notPeople: NotPeople = {
    datelineWords: new Set(datelineText.toLowerCase().match(/\p{L}+/gu) ?? []),
  };
  const fullNames = bodySentences.flatMap((s) =>
    (mentionsOf.get(s) ?? []).filter((m) => m.kind === "name" && m.text.includes(" ")),
  );
  const nameWords = new Set(fullNames.flatMap((m) => m.text.split(" ")));
  notPeople.nameWords = nameWords;
  const people = new People(
    bodySentences.flatMap((s) =>
      (mentionsOf.get(s) ?? [])
        .filter((m) => !notAPerson(m, s.tokens, notPeople) && !joinedSurnames(m.text, nameWords))
        .map((mention) => ({ mention })),
    ),
    nicknamesIn(bodySentences, mentionsOf),
  );

  // "Greece's foreign minister … signed … . George Gerapetritis later told …": the role is his.
  const paragraphs = analysed
    .filter((a) => a.block.kind === "body")
    .map((a) =>
      a.sentences.map((sentence) => ({ sentence, mentions: mentionsOf.get(sentence) ?? [] })),
    );
  namedAfterRole(paragraphs, people);
  // "His Turkish counterpart, Hakan Fidan," after a sentence about Greece's foreign minister
  counterpartOfPrevious(paragraphs, people);
  // "6:47am Sunak: '…'" then "The British Prime Minister described …": the role is Sunak's
  roleAfterName(
    analysed
      .filter((a) => a.block.kind === "body" || a.block.kind === "heading")
      .map((a) => ({
        heading: a.block.kind === "heading",
        sentences: a.sentences.map((sentence) => ({
          sentence,
          mentions: mentionsOf.get(sentence) ?? [],
        })),
      })),
    people,
  );
  // "the Oromo Liberation Army (OLA)" … "the OLA's commander-in-chief, X": a group's people
  const groups = groupsDefined(body.map((b) => b.text));
  readGroupRoles(
    bodySentences.map((s) => ({ tokens: s.tokens, mentions: mentionsOf.get(s) ?? [] })),
    people,
    groups,
  );
  const leadSentences = analysed.find((a) => a.block === lead)?.sentences ?? [];
  const title = titleOf(article, lead, leadSentences);
  if (!article.headline)
    marks.push({ path: ["title"], note: "no headline found: title from the first sentence" });

  // "a day after Tuesday's summit": the talks were before the report's own date
  const opening = article.blocks
    .filter((b) => b.kind === "body")
    .slice(0, 2)
    .map((b) => b.text)
    .join(" ");
  // "NUSA DUA, Nov 14 (Reuters) -" in a report published on 15 November 2022: the dateline's day
  const datelined =
    !options.date && dateline && found
      ? datelineDay(lead.text.slice(0, lead.text.length - dateline.rest.length), found.date)
      : undefined;
  const filed = datelined && datelined.date !== date ? datelined : undefined;
  if (filed)
    marks.push({
      path: ["date"],
      note: `REVIEW: the dateline's day "${filed.source}", in the year of "${found?.source ?? date}"`,
    });
  const before = !options.date && !filed ? talksDayBefore(opening, date) : undefined;
  // "From 26 to 28 June, … hosted": talks over several days, ending by the report's date.
  const range = !options.date && !before && !filed ? talksRange(opening, date) : undefined;
  const talksDate = filed?.date ?? before?.day ?? range?.start ?? date;
  if (range) {
    marks.push({
      path: ["date"],
      note: `REVIEW: the talks' first day from "${range.because}"; the report itself is dated ${date}`,
    });
    marks.push({ path: ["end_date"], note: `the talks' last day from "${range.because}"` });
  }
  if (before) {
    marks.push({
      path: ["date"],
      note: `REVIEW: the talks' date from "${before.because}"; the report itself is dated ${date}`,
    });
  }
  const publisher = options.publisher ?? dateline?.publisher;
  const firstBody = article.blocks.indexOf(lead);
  const venue = dateline
    ? undefined
    : venueOf(
        // the opening: headline, standfirst, byline ("By our Brussels correspondent") and the
        // first three paragraphs
        article.blocks
          .slice(0, body[3] ? article.blocks.indexOf(body[3]) : article.blocks.length)
          .map((b) => b.text),
        Number(date.slice(0, 4)),
      );
  // "Kyiv (AFP) – Published on 16/06/2022" on its own line above the lead
  const ownLine = dateline
    ? undefined
    : article.blocks
        .slice(0, firstBody)
        .map((b) => datelineLine(b.text))
        .find((d) => d !== undefined);
  const location = dateline?.place ?? ownLine?.place ?? laterDateline?.found?.place ?? venue?.place;
  const sides = sidesOfPeople(
    people,
    bodySentences.map((s) => ({ tokens: s.tokens, mentions: mentionsOf.get(s) ?? [] })),
    dateline?.place ?? laterDateline?.found?.place,
    talksDate,
  );
  // the sides and offices read over the whole article are what a reader brings to "the Turkish
  // foreign minister said"
  const quotes = attributeQuotes(analysed, mentionsOf, people, {
    sideOf: (p) => sides.get(p)?.side,
    officeOf: (p) => officeOf(p, talksDate, sides.get(p)?.side),
  });
  const briefing: BriefingFile = {
    id: slugOf(talksDate, title),
    title,
    date: talksDate,
    ...(range ? { end_date: range.end } : {}),
    ...(location ? { location } : {}),
    summary: withinLimit(dateline?.rest || lead.text, ["summary"], marks),
    sources: [sourceOf({ ...options, ...(publisher ? { publisher } : {}) }, title, found?.date)],
  };
  marks.push({ path: ["summary"], note: "summary from the lead paragraph" });
  if (dateline) {
    marks.push({
      path: ["location"],
      note: `REVIEW: location from the dateline (where the report was filed): check it is where the talks were`,
    });
  } else if (ownLine) {
    marks.push({
      path: ["location"],
      note: "REVIEW: location from the dateline line above the lead (where the report was filed)",
    });
  } else if (laterDateline) {
    marks.push({
      path: ["location"],
      note: "REVIEW: location from the dateline opening the paragraph after the lead (where the report was filed)",
    });
  } else if (venue) {
    marks.push({ path: ["location"], note: `REVIEW: location from "${venue.source}"` });
  }
  let omitted = 0;
  /**
   * The first {@link MAX_SECTION_ITEMS} of a list, with a mark at `path` saying how many were left
   * out. Lists inside the items of a section (positions, aliases) share one `budget` of that many.
   */
  const bounded = <T>(
    items: T[],
    path: ReviewMark["path"],
    what: string,
    budget = { left: MAX_SECTION_ITEMS },
  ): T[] => {
    const keep = Math.min(items.length, budget.left);
    budget.left -= keep;
    if (keep === items.length) return items;
    omitted += items.length - keep;
    marks.push({
      path,
      note: `REVIEW: ${(items.length - keep).toLocaleString("en")} more ${what} left out; the draft keeps ${MAX_SECTION_ITEMS} in all`,
    });
    return items.slice(0, keep);
  };
  const aliasBudget = { left: MAX_SECTION_ITEMS };
  const partyAliasBudget = { left: MAX_SECTION_ITEMS };
  const positionBudget = { left: MAX_SECTION_ITEMS };

  // Participants: the people the body names, in order of first mention (at most MAX_SECTION_ITEMS).
  const participants = people.all;
  if (people.leftOut.size > 0) {
    omitted += people.leftOut.size;
    marks.push({
      path: ["participants"],
      note: `REVIEW: the article names ${people.leftOut.size.toLocaleString("en")} more people; the draft keeps the first ${MAX_SECTION_ITEMS}`,
    });
  }
  const parties = bounded(
    collectParties(bodySentences, participants, quotes, sides, groups),
    ["parties"],
    "parties",
  );
  const kept = bounded(quotes, ["quotes"], "quotes");
  // A quote credited to a party past the draft's bound would name nobody the draft lists.
  const partyNames = new Set(parties.map((p) => p.name));
  for (const q of kept) {
    if (q.party && !partyNames.has(q.party)) {
      q.note = `REVIEW: ${q.note}, a party past the first ${MAX_SECTION_ITEMS} the draft keeps`;
      delete q.party;
      q.context ??= "speaker not named in the draft: a party past its limit";
    }
  }
  const placeholder = kept.some((q) => !q.speaker && !q.party);
  if (participants.length > 0 || placeholder) {
    briefing.participants = participants.map((p, i) => {
      const path = ["participants", i];
      const entry: NonNullable<BriefingFile["participants"]>[number] = {
        name: withinLimit(p.name, [...path, "name"], marks),
      };
      const side = sides.get(p);
      const written = side && partyNames.has(side.side) ? side : undefined;
      if (p.role) {
        entry.role = withinLimit(p.role.role, [...path, "role"], marks);
        marks.push({ path: [...path, "role"], note: `role from "${p.role.source}"` });
      } else {
        // what a reader knows: the office the person held on the talks' date ("Mr Putin")
        const held = officeOf(p, talksDate, side?.side);
        if (held) {
          entry.role = written ? held.office : `${held.office} of ${held.side}`;
          marks.push({
            path: [...path, "role"],
            note: `REVIEW: role from the list of office holders (${held.office}, ${held.side}, from ${held.from}); the report does not give it`,
          });
        }
      }
      if (written) {
        entry.side = written.side;
        marks.push({ path: [...path, "side"], note: `side from "${written.source}"` });
      }
      const aliases = bounded(p.aliases, path, "spellings", aliasBudget);
      if (aliases.length > 0) {
        entry.aliases = aliases.map((a) => clip(a, MAX_ITEM_CHARS));
        marks.push({ path: [...path, "aliases"], note: "other spellings the article uses" });
      }
      return entry;
    });
    if (placeholder) {
      marks.push({
        path: ["participants", briefing.participants.length],
        note: "REVIEW: placeholder for quotes the article does not attribute; name the speaker or delete them",
      });
      briefing.participants.push({
        name: UNATTRIBUTED,
        role: "placeholder: the article does not say who said these quotes",
      });
    }
  }
  if (parties.length > 0) {
    briefing.parties = parties.map((p, i) => {
      const entry: NonNullable<BriefingFile["parties"]>[number] = { name: p.name };
      const aliases = bounded(p.aliases, ["parties", i], "names", partyAliasBudget);
      if (aliases.length > 0) entry.aliases = aliases.map((a) => clip(a, MAX_ITEM_CHARS));
      const positions = bounded(p.positions, ["parties", i], "positions", positionBudget);
      if (positions.length > 0) {
        entry.positions = positions.map((x, k) =>
          withinLimit(x.text, ["parties", i, "positions", k], marks),
        );
        positions.forEach((x, k) => {
          marks.push({ path: ["parties", i, "positions", k], note: `position from "${x.source}"` });
        });
      }
      marks.push({ path: ["parties", i], note: p.why });
      return entry;
    });
  }
  if (kept.length > 0) {
    briefing.quotes = kept.map((q, i) => {
      marks.push({ path: ["quotes", i], note: q.note, ...(q.path ? { rule: q.path } : {}) });
      const entry: NonNullable<BriefingFile["quotes"]>[number] = {
        // Cut as the participant's name is, so that the two still match.
        speaker: q.speaker
          ? clip(q.speaker.name, MAX_ITEM_CHARS)
          : q.party
            ? clip(q.body ?? q.party, MAX_ITEM_CHARS)
            : UNATTRIBUTED,
        text: withinLimit(q.text, ["quotes", i, "text"], marks),
      };
      if (q.context) entry.context = q.context;
      return entry;
    });
  }
  const background = bounded(
    backgroundOf(bodySentences, date),
    ["background"],
    "background sentences",
  );
  if (background.length > 0) {
    briefing.background = background.map((b, i) => withinLimit(b.text, ["background", i], marks));
    background.forEach((b, i) => {
      marks.push({ path: ["background", i], note: `background: past, ${b.years}` });
    });
  }
  const next = bounded(
    bodySentences.flatMap((s) => nextStepsIn(s, date)),
    ["next_steps"],
    "next steps",
  );
  if (next.length > 0) {
    briefing.next_steps = next.map((n, i) => {
      marks.push({ path: ["next_steps", i], note: `next step from "${n.marker}"` });
      const text = withinLimit(n.text, ["next_steps", i, "text"], marks);
      if (!n.date) return { text };
      marks.push({
        path: ["next_steps", i, "date"],
        note: `${n.date.date} from "${n.date.source}" relative to ${date}`,
      });
      if (!n.end || n.end.date <= n.date.date) return { text, date: n.date.date };
      marks.push({ path: ["next_steps", i, "end_date"], note: `last day from "${n.end.source}"` });
      return { text, date: n.date.date, end_date: n.end.date };
    });
  }
  for (const mark of marks) mark.note = clip(mark.note, MAX_NOTE_CHARS);

  const counts: DraftCounts = {
    participants: participants.length,
    parties: parties.length,
    positions: MAX_SECTION_ITEMS - positionBudget.left,
    quotes: kept.length,
    unattributed: kept.filter((q) => !q.speaker && !q.party).length,
    background: background.length,
    nextSteps: next.length,
    marks: marks.length,
    omitted,
  };
  return { briefing, marks, counts };
}

/**
 * Reads the article as a discourse (`Discourse`, discourse.ts) and turns each quote's reading into
 * a draft quote: verbatim, de-duplicated, with its context when the speaker is open or the quote
 * is partial, and an unclosed quote credited where it ends in the next paragraph.
 */
function attributeQuotes(
  analysed: Array<{ block: Block; sentences: Sentence[] }>,
  mentionsOf: Map<Sentence, Mention[]>,
  people: People,
  known: KnownOffices,
): DraftQuote[] {
  const quotes: DraftQuote[] = [];
  /** The texts quoted so far, lower case: a quote said twice is drafted once. */
  const seen = new Set<string>();
  const discourse = new Discourse(people, known);
  /** `quoteContinuesInNextParagraph`: an unclosed quote with no speaker yet. */
  let pendingOpen: DraftQuote | undefined;
  /** The quote drafted from each reading, for a speaker found later (a document's author). */
  const byReading = new Map<QuoteReading, DraftQuote>();
  analysed.forEach(({ block, sentences }, blockIndex) => {
    const isBody = block.kind === "body";
    sentences.forEach((sentence, sentenceIndex) => {
      const readings = discourse.readSentence(
        block,
        blockIndex,
        sentence,
        sentenceIndex,
        mentionsOf.get(sentence) ?? [],
      );
      // `"…" The words came from X.`: a continued quote the next sentence re-sources is open
      for (const { reading, note } of discourse.takeWithdrawn()) {
        const quote = byReading.get(reading);
        if (!quote?.speaker) continue;
        quote.speaker.quotes--;
        quote.speaker = undefined;
        delete quote.path;
        quote.note = note;
        quote.context = `speaker not named in the article: ${excerpt(reading.block.text, reading.sentence, reading.token)}`;
      }
      // "…," the statement read. It was issued by X.": the document's quotes are X's.
      for (const { reading, speaker, note, path } of discourse.takeAuthored()) {
        const quote = byReading.get(reading);
        if (!quote || quote.speaker) continue;
        // a body's document whose author is named: the author speaks
        delete quote.party;
        delete quote.body;
        quote.speaker = speaker;
        quote.note = note;
        quote.path = path;
        delete quote.context;
        people.spoke(speaker);
      }
      for (const reading of readings) {
        const token = reading.token;
        const open = !/[”“»«"'’‘›]$/.test(token.text);
        const inner = block.text.slice(token.start + 1, token.end - 1);
        const text = quoteText(open ? block.text.slice(token.start + 1, token.end) : inner);
        if (!text) continue;
        const { speaker, party, body, note, path } = reading;
        if (party) {
          if (!seen.has(text.toLowerCase())) {
            seen.add(text.toLowerCase());
            const quote: DraftQuote = { speaker: undefined, party, text, note };
            if (body) quote.body = body;
            if (path) quote.path = path;
            quotes.push(quote);
            byReading.set(reading, quote);
          }
          pendingOpen = undefined;
          continue;
        }
        if (!speaker && !isBody) continue; // a headline quote repeats the body; kept only when attributed
        if (seen.has(text.toLowerCase())) continue;
        seen.add(text.toLowerCase());
        const quote: DraftQuote = { speaker, text, note };
        if (speaker && path) quote.path = path;
        // A partial quote, or one whose sentence says more, needs its sentence to be understood.
        const framed = sentence.text.length > token.text.length + 2;
        if (!speaker)
          quote.context = `speaker not named in the article: ${excerpt(block.text, sentence, token)}`;
        else if (framed && (/^\p{Ll}/u.test(text) || !reading.finding))
          quote.context = excerpt(block.text, sentence, token);
        const first = sentenceIndex === 0 && sentence.tokens[0] === token;
        if (pendingOpen && speaker && first) {
          pendingOpen.speaker = speaker;
          pendingOpen.note = `speaker from the next paragraph, where the quote continues: ${note}`;
          pendingOpen.path = "openQuoteNextParagraph";
          delete pendingOpen.context;
        }
        pendingOpen = !speaker && open && isBody ? quote : undefined;
        quotes.push(quote);
        byReading.set(reading, quote);
        if (speaker) people.spoke(speaker);
        // "'The president told his counterpart, 'We do not want war',' Kasongo said": the words
        // quoted inside are someone else's, whom the draft does not read
        for (const nested of isBody ? quotedInside(text) : []) {
          if (seen.has(nested.text.toLowerCase())) continue;
          seen.add(nested.text.toLowerCase());
          quotes.push({
            speaker: undefined,
            text: nested.text,
            note: `REVIEW: quoted inside ${speaker ? `${speaker.name}'s` : "another"} quote ("${nested.intro}"): whose words these are is not read`,
            context: `speaker not named in the article: ${excerpt(block.text, sentence, token)}`,
          });
        }
      }
    });
  });
  demoteRarelySeenPaths(byReading);
  return quotes;
}

/**
 * A quote credited only by a path with little evidence of precision (path-evidence.ts) is left
 * Unattributed with the candidate in its REVIEW note, unless a well-evidenced path credits the
 * same speaker or party elsewhere in the report.
 */
function demoteRarelySeenPaths(byReading: Map<QuoteReading, DraftQuote>): void {
  const whom = (q: DraftQuote) => q.speaker ?? q.party;
  const evidenced = new Set([...byReading.values()].filter((q) => wellEvidenced(q.path)).map(whom));
  for (const [reading, quote] of byReading) {
    const credited = whom(quote);
    if (!credited || wellEvidenced(quote.path) || evidenced.has(credited)) continue;
    const name = quote.speaker?.name ?? quote.body ?? quote.party;
    if (quote.speaker) quote.speaker.quotes--;
    quote.speaker = undefined;
    delete quote.party;
    delete quote.body;
    quote.note = `REVIEW: said by ${name}? (rule: ${quote.path ?? "unnamed"}, rarely seen)`;
    delete quote.path;
    quote.context = `speaker not named in the article: ${excerpt(reading.block.text, reading.sentence, reading.token)}`;
  }
}

interface PartyDraft {
  name: string;
  aliases: string[];
  positions: Array<{ text: string; source: string }>;
  why: string;
}

/** Parties: sides of participants and subjects of position sentences, in order of first mention. */
function collectParties(
  sentences: Sentence[],
  participants: Person[],
  quotes: DraftQuote[],
  sides: Map<Person, SideFinding>,
  groups: readonly Group[] = [],
): PartyDraft[] {
  const byName = new Map<string, PartyDraft>();
  /** Each party's position texts, to keep a sentence once per party. */
  const stated = new Map<string, Set<string>>();
  const get = (name: string, why: string) => {
    let p = byName.get(name);
    if (!p) {
      p = { name, aliases: [], positions: [], why };
      byName.set(name, p);
    }
    return p;
  };
  for (const s of sentences) {
    for (const position of partyPosition(s)) {
      const party = get(position.party, "party: the report states its position");
      const texts = stated.get(party.name) ?? new Set<string>();
      stated.set(party.name, texts);
      if (!texts.has(position.text)) {
        texts.add(position.text);
        party.positions.push(position);
      }
    }
  }
  for (const quote of quotes) {
    if (!quote.party) continue;
    const party = get(quote.party, "party: quoted as a speaker");
    // the body that spoke is named as the speaker, so it must be one of the party's names
    const body = quote.body;
    if (body && !party.aliases.some((a) => a.toLowerCase() === body.toLowerCase()))
      party.aliases.push(body);
  }
  for (const s of sentences)
    for (const party of thirdPartiesListed(s))
      get(party, `party: a guarantor, mediator or observer ("${s.text.slice(0, 80)}")`);
  for (const person of participants) {
    const side = sides.get(person);
    if (side) get(side.side, `party: side of ${person.name} ("${side.source}")`);
  }
  /** Each party's place in order of first mention. */
  const order = new Map<string, number>();
  for (const s of sentences) {
    for (const { party, as } of partiesNamed(s)) {
      if (!order.has(party)) order.set(party, order.size);
      const p = byName.get(party);
      const alias = as.replace(/^The\s/, "the ");
      if (
        p &&
        alias.toLowerCase() !== party.toLowerCase() &&
        !p.aliases.some((a) => a.toLowerCase() === alias.toLowerCase())
      )
        p.aliases.push(alias);
    }
  }
  // "Oromo Liberation Army" is also "OLA", as the report defined it
  for (const g of groups) {
    const p = byName.get(g.name);
    if (p && !p.aliases.includes(g.acronym)) p.aliases.push(g.acronym);
  }
  const rank = (name: string) => order.get(name) ?? order.size;
  return [...byName.values()].sort((a, b) => rank(a.name) - rank(b.name));
}

/** `pastWithYear`: sentences about the past that name a year before or in the report's year. */
function backgroundOf(sentences: Sentence[], date: string): Array<{ text: string; years: string }> {
  const year = Number(date.slice(0, 4));
  return sentences.flatMap((s) => {
    const narration = narrationOf(s);
    // Years before the report's own: a year equal to it is usually the dateline or the talks.
    const years = yearsIn(narration).filter((y) => y < year);
    if (years.length === 0 || FUTURE.test(narration)) return [];
    return [{ text: s.text, years: `mentions ${years.join(", ")}` }];
  });
}

/** The narrator's words of a sentence: quotations left out. */
function narrationOf(s: Sentence): string {
  return s.tokens
    .filter((t) => t.quote === undefined)
    .map((t) => t.text + t.post)
    .join("")
    .trim();
}

function titleOf(article: Article, lead: Block, leadSentences: Sentence[]): string {
  if (article.headline) return clip(article.headline.text, MAX_ITEM_CHARS);
  const first = leadSentences[0]?.text ?? lead.text;
  const words = first.split(" ");
  return words.length <= 14 ? first.replace(/[.!?]$/, "") : `${words.slice(0, 12).join(" ")} …`;
}

function sourceOf(options: DraftOptions, title: string, published: string | undefined) {
  const source: BriefingFile["sources"][number] = { title: options.sourceTitle ?? title };
  if (options.publisher) source.publisher = options.publisher;
  if (options.url) source.url = options.url;
  if (published) source.published = published;
  return source;
}

/** `2022-01-12-talks-on-ukraine-russia`: the date and the headline's first words, ASCII only. */
function slugOf(date: string, title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, 5);
  return [date, ...words].join("-");
}

/**
 * `text` within {@link MAX_ITEM_CHARS}: cut at a word, with a review mark at `path` saying so.
 * Texts of that length or shorter are returned as they are.
 */
function withinLimit(text: string, path: ReviewMark["path"], marks: ReviewMark[]): string {
  if (text.length <= MAX_ITEM_CHARS) return text;
  marks.push({
    path,
    note: `REVIEW: cut to ${MAX_ITEM_CHARS.toLocaleString("en")} of its ${text.length.toLocaleString("en")} characters`,
  });
  return clip(text, MAX_ITEM_CHARS);
}

/**
 * The sentence of a quote as its context: the whole sentence, or when it is longer than
 * {@link MAX_ITEM_CHARS}, the words around the quote, with "…" where they were cut.
 */
function excerpt(text: string, sentence: Sentence, quote: Token): string {
  if (sentence.text.length <= MAX_ITEM_CHARS) return sentence.text;
  const room = Math.max(0, MAX_ITEM_CHARS - (quote.end - quote.start)) / 2;
  const from = Math.max(sentence.start, Math.floor(quote.start - room));
  const to = Math.min(sentence.end, Math.ceil(quote.end + room));
  let words = text.slice(from, to);
  const space = words.indexOf(" ");
  if (from > sentence.start && space >= 0) words = `… ${words.slice(space + 1)}`;
  const lastSpace = words.lastIndexOf(" ");
  if (to < sentence.end && lastSpace > 0) words = `${words.slice(0, lastSpace)} …`;
  return clip(words.trim(), MAX_ITEM_CHARS);
}

/**
 * The one office the list of office holders gives a person on `date`, by any of their names, when
 * its side is not contradicted by the side the report gives them.
 */
function officeOf(p: Person, date: string, side: string | undefined): OfficeHolder | undefined {
  const found = [p.name, ...p.aliases].map((n) => officeOn(n, date)).find((x) => x !== undefined);
  return found && (side === undefined || side === found.side) ? found : undefined;
}

/**
 * "First lady Rosângela Lula da Silva, Janja, accompanied …": a one-word name set off by commas
 * right after a full name is what the report calls that person, not a second person.
 */
function nicknamesIn(
  sentences: readonly Sentence[],
  mentionsOf: ReadonlyMap<Sentence, Mention[]>,
): Map<string, string> {
  const found = new Map<string, string>();
  for (const s of sentences) {
    const names = (mentionsOf.get(s) ?? []).filter((m) => m.kind === "name");
    for (const full of names) {
      const nick = names.find((m) => m.first === full.last + 1 && m.first === m.last);
      if (
        nick &&
        full.text.includes(" ") &&
        !full.text.split(" ").includes(nick.text) &&
        /^,\s*$/.test(s.tokens[full.last]?.post ?? "") &&
        /^,/.test(s.tokens[nick.last]?.post ?? "")
      )
        found.set(nick.text, full.text);
    }
  }
  return found;
}
