// Sentences and tagged words of one block, from compromise. Quotations are masked first so that
// a quote of several sentences stays one unit and its words are never read as the narrator's.
import nlp from "compromise";
import { findQuotes, type QuoteSpan } from "./quotes.ts";

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

/** Splits a block into sentences and tokens, each quotation standing as one token. */
export function analyse(text: string): Analysed {
  const quotes = findQuotes(text);
  const masked = maskQuotes(text, quotes);
  const json = nlp(masked).json({ offset: true, terms: { offset: true } }) as CompromiseSentence[];
  const sentences = json.map((s): Sentence => {
    const start = s.offset.start;
    const end = start + s.offset.length;
    const tokens = s.terms.map((t): Token => {
      const tokenStart = t.offset.start;
      const quote = quotes.findIndex((q) => q.start === tokenStart);
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
    return { text: text.slice(start, end).trim(), start, end, tokens };
  });
  return { text, quotes, sentences };
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
    const endsSentence =
      /[.!?]$/.test(q.inner.trim()) && /^\s+["“„«]?\p{Lu}/u.test(text.slice(q.end));
    const word = `Q${"q".repeat(Math.max(0, length - 1))}`;
    out += endsSentence && length > 2 ? `${word.slice(0, -1)}.` : word;
    at = q.end;
  }
  return out + text.slice(at);
}
