// Sentences and tagged words of one block, from compromise. Quotations are masked first so that
// a quote of several sentences stays one unit and its words are never read as the narrator's.
import nlp from "compromise";
import { findQuotes, type QuoteSpan } from "./quotes.ts";
import { isSpeechVerb } from "./vocabulary.ts";

/** One word with compromise's tags; `start`/`end` are offsets into the block text. */
export interface Token {
  text: string;
  /** Punctuation and space after the word, as written ("," or ": "). */
  post: string;
  start: number;
  end: number;
  tags: Set<string>;
  /** Index into {@link Sentence.quotes}' block list when this token stands for a quotation. */
  quote?: number;
}

/** A sentence of a block; quotations inside it appear as single tokens with `quote` set. */
export interface Sentence {
  /** The sentence as written, quotes included. */
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

/** A block's text cut into sentences, with its quotations. */
export interface Analysed {
  text: string;
  quotes: QuoteSpan[];
  sentences: Sentence[];
}

interface CompromiseTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface CompromiseSentence {
  offset: { start: number; length: number };
  terms: CompromiseTerm[];
}

/**
 * The most words compromise reads at once. Its tagger costs time in proportion to the square of a
 * sentence's length (contractions and possessives: "Russia's" is split and the sentence re-tagged),
 * so a paragraph longer than this is read in pieces, cut at a sentence end where there is one.
 * Real paragraphs are shorter and are read whole; a "sentence" longer than this is not one.
 */
export const MAX_PIECE_WORDS = 400;

/** Splits a block into sentences and tokens, each quotation standing as one token. */
export function analyse(text: string): Analysed {
  const quotes = findQuotes(text);
  const quoteAt = new Map(quotes.map((q, index) => [q.start, index]));
  const masked = maskQuotes(text, quotes);
  const sentences: Sentence[] = [];
  for (const piece of pieces(masked)) {
    const json = nlp(masked.slice(piece.start, piece.end)).json({
      offset: true,
      terms: { offset: true },
    }) as CompromiseSentence[];
    for (const s of json) {
      const start = piece.start + s.offset.start;
      const end = start + s.offset.length;
      const tokens = s.terms.map((t): Token => {
        const tokenStart = piece.start + t.offset.start;
        const quote = quoteAt.get(tokenStart) ?? -1;
        // A masked quote's last mark may be read as punctuation; the quote span is authoritative.
        const tokenEnd = quote === -1 ? tokenStart + t.offset.length : (quotes[quote]?.end ?? 0);
        const token: Token = {
          text: text.slice(tokenStart, tokenEnd),
          post: t.post,
          start: tokenStart,
          end: tokenEnd,
          tags: new Set(t.tags),
        };
        if (quote !== -1) token.quote = quote;
        return token;
      });
      sentences.push({ text: text.slice(start, end).trim(), start, end, tokens: merged(tokens) });
    }
  }
  return { text, quotes, sentences };
}

/**
 * Drops the empty words compromise makes of a possessive it read as a contraction ("the
 * Chancellor's adviser" as "the Chancellor is adviser"): the word before keeps its space and is
 * a possessive, and no verb stands where there is none.
 */
function merged(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const previous = out.at(-1);
    if (t.text === "" && t.quote === undefined && previous && previous.post === "") {
      previous.post = t.post;
      if (/['’]s$/u.test(previous.text)) previous.tags.add("Possessive");
      continue;
    }
    out.push(t);
  }
  return out;
}

/** A word that ends a sentence: a lower-case word and a full stop, "talks." or "said:" not. */
const SENTENCE_END = /^\p{Ll}[\p{L}-]+[.!?…]["'”’»)]*$/u;

/**
 * Cuts a text into pieces of at most {@link MAX_PIECE_WORDS} words, each ending at a sentence end
 * in its second half when there is one, otherwise after exactly that many words. A text of that
 * many words or fewer is one piece.
 */
function pieces(text: string): Array<{ start: number; end: number }> {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length <= MAX_PIECE_WORDS) return [{ start: 0, end: text.length }];
  const out: Array<{ start: number; end: number }> = [];
  let first = 0;
  while (words.length - first > MAX_PIECE_WORDS) {
    let cut = first + MAX_PIECE_WORDS;
    for (let k = cut; k > first + MAX_PIECE_WORDS / 2; k--) {
      if (SENTENCE_END.test(words[k - 1]?.[0] ?? "")) {
        cut = k;
        break;
      }
    }
    const start = out.length === 0 ? 0 : (words[first]?.index ?? 0);
    out.push({ start, end: words[cut]?.index ?? text.length });
    first = cut;
  }
  out.push({ start: words[first]?.index ?? 0, end: text.length });
  return out;
}

/** Space and a capital after a quote: the quote ended its sentence. Sticky, read at the quote's end. */
const NEXT_SENTENCE = /\s+["“„«]?\p{Lu}/uy;

/** Up to five capitalised words ("Vucic", "Mr Sunak", "Jane de Vries"), then the verb. */
const NAME_THEN_WORD = /\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,5})(\p{L}+)/uy;
/** The rest of the sentence after the verb. */
const REST = /[^.!?]*/y;
/** Verbs that ask: the only ones that credit a question to the name after it. */
const ASKING_VERB = /^(?:ask(?:s|ed)?|wonder(?:s|ed)?|demand(?:s|ed)?)$/i;

/**
 * `"Long live the friendship!" Vucic shouted from a balcony`, `"Who do you believe?" Lemire
 * asked`: a quote ending in ! or ? is followed by its attribution, a name and a speech verb (one
 * that asks, after a question), in the same sentence; not when the rest of the sentence reports
 * something of its own (`"…?" Mr Sunak said only that …`).
 */
function speakerFollows(q: QuoteSpan, text: string): boolean {
  const mark = q.inner.trim().slice(-1);
  if (mark !== "!" && mark !== "?") return false;
  NAME_THEN_WORD.lastIndex = q.end;
  const m = NAME_THEN_WORD.exec(text);
  if (!m) return false;
  const verb = m[2] ?? "";
  REST.lastIndex = NAME_THEN_WORD.lastIndex;
  const rest = REST.exec(text)?.[0] ?? "";
  return (
    // "'Were you ever sure?' I asked him": the narrator is nobody the draft credits
    !/^I\s/.test(m[1] ?? "") &&
    (mark === "?" ? ASKING_VERB.test(verb) : isSpeechVerb(verb)) &&
    !/^(?:repl|answer|respond|retort)/i.test(verb) &&
    !/\bthat\b/i.test(rest)
  );
}

/**
 * Replaces each quotation with a word of the same length so offsets still match: `Qqqq`, ending
 * in `.` when the quote ends a sentence (“…path.” She said) so that the sentence splits there.
 */
function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  let out = "";
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.start);
    const length = q.end - q.start;
    NEXT_SENTENCE.lastIndex = q.end;
    const endsSentence =
      /[.!?]$/.test(q.inner.trim()) && NEXT_SENTENCE.test(text) && !speakerFollows(q, text);
    const word = `Q${"q".repeat(Math.max(0, length - 1))}`;
    out += endsSentence && length > 2 ? `${word.slice(0, -1)}.` : word;
    at = q.end;
  }
  return out + text.slice(at);
}
