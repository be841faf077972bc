// The NLP parse the question readers share: compromise's part-of-speech tags and lemmas.
import { createRequire } from "node:module";
import type compromise from "compromise";

let nlpParser: typeof compromise | undefined;

/**
 * compromise's parse, loaded on the first question (a server pays it once) and from its one-file
 * CommonJS bundle: the package's ES modules are over 500 files, a quarter of a second of every
 * one-shot `briefbot ask` more than the bundle.
 */
export function nlp(text: string): ReturnType<typeof compromise> {
  nlpParser ??= createRequire(import.meta.url)("compromise") as typeof compromise;
  return nlpParser(text);
}

/**
 * Loads the parser soon after an engine is built, off the first question's path: a server's
 * first answer does not wait for it (a one-shot ask that asks at once loads it then, as before).
 */
export function warmParser(): void {
  if (nlpParser) return;
  setImmediate(() => {
    nlpParser ??= createRequire(import.meta.url)("compromise") as typeof compromise;
  }).unref();
}

/** One word of a question as the parse reads it. */
export interface ParsedWord {
  /** Lower case, without punctuation or a possessive "'s". */
  normal: string;
  /** The verb's infinitive, the noun's singular, else the word itself. */
  lemma: string;
  verb: boolean;
  noun: boolean;
  possessive: boolean;
  /** Written with a possessive apostrophe ("India's"): the tagger also guesses possessives. */
  apostrophe: boolean;
  /** Part of a name ("United States"): never a verb of the question. */
  proper: boolean;
  /** The tagger's parts of speech ("Expression", "Imperative", "Copula" …), for the chat frame. */
  tags: ReadonlySet<string>;
}

interface Term {
  normal?: string;
  root?: string;
  implicit?: string;
  tags: Set<string>;
}

/**
 * Parses by exact text, most recently used last: a question is read by the kind reader and the
 * typed question alike, the same questions recur in a chat, and a decline's suggestions are
 * asked again and again over one briefing. The parse is a pure function of the text, so nothing
 * ever invalidates an entry; the bound keeps the memory flat (a parse is about a kilobyte).
 */
const parsed = new Map<string, readonly ParsedWord[]>();
const PARSED_MAX = 1024;

/** The words of a text with their lemmas and parts of speech, in order (one parse per text). */
export function parseWords(text: string): readonly ParsedWord[] {
  const known = parsed.get(text);
  if (known) {
    parsed.delete(text);
    parsed.set(text, known);
    return known;
  }
  const words = parseAll(text);
  if (parsed.size >= PARSED_MAX) parsed.delete(parsed.keys().next().value as string);
  parsed.set(text, words);
  return words;
}

function parseAll(text: string): ParsedWord[] {
  const doc = nlp(text);
  doc.compute("root");
  const out: ParsedWord[] = [];
  for (const sentence of (doc as unknown as { docs: Term[][] }).docs) {
    for (const t of sentence) {
      const raw = (t.implicit || t.normal || "").toLowerCase();
      const normal = raw.replace(/['’]s$/, "").replace(/[^\p{L}\d' -]/gu, "");
      if (!normal) continue;
      const root = (t.root ?? "").toLowerCase().replace(/['’]s$/, "");
      out.push({
        normal,
        lemma: root || normal,
        verb: t.tags.has("Verb"),
        noun: t.tags.has("Noun"),
        possessive: t.tags.has("Possessive") || /['’]s$/.test(raw),
        apostrophe: /['’]s$/.test(raw),
        proper: t.tags.has("ProperNoun") && t.tags.has("Place"),
        tags: t.tags,
      });
    }
  }
  return out;
}

/** compromise's own tables of irregular verbs: infinitive → past tense, → participle. */
interface IrregularModels {
  two: {
    models: {
      toPast: { ex: Record<string, string> };
      toParticiple: { ex: Record<string, string> };
    };
  };
}

/** Prefixes that keep a verb's irregular forms ("become" as "come", "undertake" as "take"). */
const VERB_PREFIXES = ["be", "over", "under", "with", "re", "out", "fore", "up"];

/**
 * The irregular past and participle of a verb ("take" → took, taken; "become" → became,
 * become), read from compromise's tables: a regular form shares the verb's stem already.
 */
export function irregularForms(lemma: string): string[] {
  nlpParser ??= createRequire(import.meta.url)("compromise") as typeof compromise;
  const { toPast, toParticiple } = (nlpParser.model() as unknown as IrregularModels).two.models;
  const of = (verb: string) =>
    [toPast.ex[verb], toParticiple.ex[verb]].filter((f): f is string => f !== undefined);
  const own = of(lemma);
  if (own.length > 0) return own;
  for (const p of VERB_PREFIXES) {
    if (lemma.startsWith(p) && lemma.length > p.length + 2) {
      const rest = of(lemma.slice(p.length));
      if (rest.length > 0) return rest.map((f) => p + f);
    }
  }
  return [];
}
