// Turns a news report into a briefing draft in format v1, with a review mark for every item that
// was inferred rather than read directly. Offline and deterministic: same article, same draft.
import type { BriefingFile } from "../briefing/schema.ts";
import { type Article, type Block, parseArticle } from "./article.ts";
import {
  accordingTo,
  attributionAfterQuote,
  attributionBeforeQuote,
  partyAsSpeaker,
  reportedSpeech,
} from "./attribution.ts";
import { findArticleDate, futureDateIn, yearsIn } from "./dates.ts";
import { DraftError } from "./errors.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { partiesNamed, partyPosition } from "./parties.ts";
import { People, type Person } from "./people.ts";
import { quoteText } from "./quotes.ts";
import { analyse, type Sentence } from "./tokens.ts";

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
  text: string;
  context?: string;
  note: string;
}

const FUTURE =
  /\b(?:will|shall|is to|are to|is due|are due|is expected to|are expected to|plans? to|planned|is scheduled|are scheduled|intends? to|next|upcoming|coming|later this|to be held)\b/i;
const EVENT =
  /\b(?:talks?|meetings?|summit|negotiations?|round|visit|conference|session|vote|deadline|consultations?|dialogue|council|gathering|ceremony|election|decision|meet|meets|ministers|leaders|delegations?)\b/i;

/**
 * Drafts a briefing from an article's text. Throws {@link DraftError} when the article has no
 * running text, or no date with day, month and year and none was given.
 */
export function draftBriefing(text: string, options: DraftOptions = {}): Draft {
  const file = options.file ?? "the article";
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
  const people = new People(
    bodySentences.flatMap((s) => (mentionsOf.get(s) ?? []).map((mention) => ({ mention }))),
  );

  const quotes = attributeQuotes(analysed, mentionsOf, people);
  const title = titleOf(article, lead);
  if (!article.headline)
    marks.push({ path: ["title"], note: "no headline found: title from the first sentence" });

  const briefing: BriefingFile = {
    id: slugOf(date, title),
    title,
    date,
    summary: lead.text,
    sources: [sourceOf(options, title, found?.date)],
  };
  marks.push({ path: ["summary"], note: "summary from the lead paragraph" });

  // Participants: the people the body names, in order of first mention.
  const participants = people.all;
  const parties = collectParties(bodySentences, participants, quotes);
  const unattributed = quotes.filter((q) => !q.speaker && !q.party);
  if (participants.length > 0 || unattributed.length > 0) {
    briefing.participants = participants.map((p, i) => {
      const entry: NonNullable<BriefingFile["participants"]>[number] = { name: p.name };
      if (p.role) {
        entry.role = p.role.role;
        marks.push({ path: ["participants", i, "role"], note: `role from "${p.role.source}"` });
        if (p.role.side && parties.some((x) => x.name === p.role?.side)) entry.side = p.role.side;
      }
      if (p.aliases.length > 0) {
        entry.aliases = [...p.aliases];
        marks.push({
          path: ["participants", i, "aliases"],
          note: "other spellings the article uses",
        });
      }
      return entry;
    });
    if (unattributed.length > 0) {
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
      if (p.aliases.length > 0) entry.aliases = p.aliases;
      if (p.positions.length > 0) {
        entry.positions = p.positions.map((x) => x.text);
        p.positions.forEach((x, k) => {
          marks.push({ path: ["parties", i, "positions", k], note: `position from "${x.source}"` });
        });
      }
      marks.push({ path: ["parties", i], note: p.why });
      return entry;
    });
  }
  if (quotes.length > 0) {
    briefing.quotes = quotes.map((q, i) => {
      marks.push({ path: ["quotes", i], note: q.note });
      const entry: NonNullable<BriefingFile["quotes"]>[number] = {
        speaker: q.speaker?.name ?? q.party ?? UNATTRIBUTED,
        text: q.text,
      };
      if (q.context) entry.context = q.context;
      return entry;
    });
  }
  const background = backgroundOf(bodySentences, date);
  if (background.length > 0) {
    briefing.background = background.map((b) => b.text);
    background.forEach((b, i) => {
      marks.push({ path: ["background", i], note: `background: past, ${b.years}` });
    });
  }
  const next = nextStepsOf(bodySentences, date);
  if (next.length > 0) {
    briefing.next_steps = next.map((n, i) => {
      marks.push({ path: ["next_steps", i], note: `next step from "${n.marker}"` });
      if (!n.date) return { text: n.text };
      marks.push({
        path: ["next_steps", i, "date"],
        note: `${n.date.date} from "${n.date.source}" relative to ${date}`,
      });
      return { text: n.text, date: n.date.date };
    });
  }

  const counts: DraftCounts = {
    participants: participants.length,
    parties: parties.length,
    positions: parties.reduce((n, p) => n + p.positions.length, 0),
    quotes: quotes.length,
    unattributed: unattributed.length,
    background: background.length,
    nextSteps: next.length,
    marks: marks.length,
  };
  return { briefing, marks, counts };
}

/** Applies the attribution rules to every quote, in article order, keeping pronoun state. */
function attributeQuotes(
  analysed: Array<{ block: Block; sentences: Sentence[] }>,
  mentionsOf: Map<Sentence, Mention[]>,
  people: People,
): DraftQuote[] {
  const quotes: DraftQuote[] = [];
  let last: { person: Person; block: number; source: string } | undefined;
  let pendingOpen: DraftQuote | undefined;
  let bodyIndex = -1;
  analysed.forEach(({ block, sentences }, blockIndex) => {
    const isBody = block.kind === "body";
    if (isBody) bodyIndex = blockIndex;
    const resolved = new Map<Mention, Person | undefined>();
    const resolve = (m: Mention) => {
      if (!resolved.has(m)) resolved.set(m, people.resolve(m));
      return resolved.get(m);
    };
    sentences.forEach((sentence, sentenceIndex) => {
      const tokens = sentence.tokens;
      // Names nobody knows as a person ("Europe had always been") cannot speak.
      const mentions = (mentionsOf.get(sentence) ?? []).filter(
        (m) => m.kind !== "name" || people.knows(m),
      );
      let previousQuote = -1;
      tokens.forEach((token, qi) => {
        if (token.quote === undefined) return;
        for (const m of mentions) if (m.first < qi) resolve(m);
        const finding =
          attributionAfterQuote(tokens, qi, mentions) ??
          attributionBeforeQuote(tokens, qi, mentions, previousQuote) ??
          accordingTo(tokens, mentions);
        previousQuote = qi;
        const inner = block.text.slice(token.start + 1, token.end - 1);
        const open = !/[”“»«"'’‘›]$/.test(token.text);
        const text = quoteText(open ? block.text.slice(token.start + 1, token.end) : inner);
        if (!text) return;
        let speaker: Person | undefined;
        let note: string;
        const byParty = finding ? undefined : partyAsSpeaker(tokens, qi);
        if (byParty) {
          const quote: DraftQuote = {
            speaker: undefined,
            party: byParty.party,
            text,
            note: `speaker from "${byParty.source}" (a party)`,
          };
          if (!quotes.some((q) => q.text.toLowerCase() === text.toLowerCase())) quotes.push(quote);
          last = undefined;
          pendingOpen = undefined;
          return;
        }
        if (finding) {
          speaker = resolve(finding.mention);
          const via =
            speaker && speaker.name !== finding.mention.text
              ? ` (${finding.mention.text} = ${speaker.name})`
              : "";
          note = speaker
            ? `speaker from "${finding.source}"${via}`
            : `REVIEW: "${finding.source}" names nobody the draft knows`;
        } else {
          // Someone else acting in the sentence, even a name the drafter does not know, stops continuation.
          const namesSomeone =
            mentions.some((m) => m.kind !== "pronoun" && resolve(m)) ||
            (mentionsOf.get(sentence) ?? []).some((m) => m.kind === "name" && m.subject);
          const sameBlock = last?.block === blockIndex;
          const opensNextBlock =
            last !== undefined &&
            isBody &&
            sentenceIndex === 0 &&
            qi === 0 &&
            last.block === bodyIndex - 1;
          if (last && isBody && !namesSomeone && (sameBlock || opensNextBlock)) {
            speaker = last.person;
            note = `speaker continued from "${last.source}"`;
          } else {
            note = "REVIEW: the article does not say who said this";
          }
        }
        if (!speaker && !isBody) return; // a headline quote repeats the body; keep it only when attributed
        if (quotes.some((q) => q.text.toLowerCase() === text.toLowerCase())) return;
        const quote: DraftQuote = { speaker, text, note };
        // A partial quote, or one whose sentence says more, needs its sentence to be understood.
        const framed = sentence.text.length > token.text.length + 2;
        if (!speaker) quote.context = `speaker not named in the article: ${sentence.text}`;
        else if (framed && (/^\p{Ll}/u.test(text) || !finding)) quote.context = sentence.text;
        // `quoteContinuesInNextParagraph`: an unclosed quote is credited where it ends.
        if (pendingOpen && speaker && sentenceIndex === 0 && qi === 0) {
          pendingOpen.speaker = speaker;
          pendingOpen.note = `speaker from the next paragraph, where the quote continues: ${note}`;
          delete pendingOpen.context;
        }
        pendingOpen = !speaker && open && isBody ? quote : undefined;
        quotes.push(quote);
        if (speaker) {
          people.spoke(speaker);
          last = {
            person: speaker,
            block: blockIndex,
            source: finding?.source ?? last?.source ?? "",
          };
        }
      });
      // `reportedSpeech`: "Reinsalu said the alliance had to plan for years." makes him the one
      // whose words a following bare quote continues.
      const sayer = previousQuote === -1 && isBody ? reportedSpeech(tokens, mentions) : undefined;
      const sayerPerson = sayer && resolve(sayer.mention);
      if (sayer && sayerPerson)
        last = { person: sayerPerson, block: blockIndex, source: sayer.source };
      for (const m of mentions) resolve(m);
    });
  });
  return quotes;
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
): PartyDraft[] {
  const byName = new Map<string, PartyDraft>();
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
      if (!party.positions.some((p) => p.text === position.text)) party.positions.push(position);
    }
  }
  for (const quote of quotes) if (quote.party) get(quote.party, "party: quoted as a speaker");
  for (const person of participants) {
    if (person.role?.side)
      get(person.role.side, `party: side of ${person.name} ("${person.role.role}")`);
  }
  const order: string[] = [];
  for (const s of sentences) {
    for (const { party, as } of partiesNamed(s)) {
      if (!order.includes(party)) order.push(party);
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
  return [...byName.values()].sort((a, b) => rank(order, a.name) - rank(order, b.name));
}

const rank = (order: string[], name: string) =>
  order.includes(name) ? order.indexOf(name) : order.length;

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

/** `whatComesNext`: sentences with a future marker about an event, dated against the report. */
function nextStepsOf(sentences: Sentence[], date: string) {
  return sentences.flatMap((s) => {
    const narration = narrationOf(s);
    const marker = narration.match(FUTURE)?.[0];
    const when = futureDateIn(narration, date);
    const dated = when !== undefined && when.date > date;
    if (!(marker || dated) || !EVENT.test(narration)) return [];
    return [{ text: s.text, marker: marker ?? when?.source ?? "", date: dated ? when : undefined }];
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

function titleOf(article: Article, lead: Block): string {
  if (article.headline) return article.headline.text;
  const first = analyse(lead.text).sentences[0]?.text ?? lead.text;
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
