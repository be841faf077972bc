// Acronyms of the multi-word names a text spells out: "Memorandum of Understanding" → "mou"
// (and "mu"), "Joint Control and Coordination Centre" → "jccc", "NATO-Ukraine Commission" →
// "nuc", so that a question may use a short form the briefing never writes.
import { isStopWord } from "./stopwords.ts";

/** Small words a name may contain between its capitalised words. */
const JOINERS = new Set(["of", "and", "for", "on", "the", "in", "to", "de", "&"]);

/** A capitalised word or a hyphenated run of them ("NATO-Ukraine"), maybe ending a sentence. */
const CAPITALISED = /^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*[.]?$/u;
/** A word in capitals only ("GAM"): already a short form, no part of a longer name's initials. */
const ALL_CAPITALS = /^\p{Lu}{2,}[.]?$/u;
/** Two capitalised words with only joiners between them: a text without this has no name. */
const TWO_CAPITALISED =
  /\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|for|on|the|in|to|de|&)\s+)*(?:\p{Lu}|-\p{Lu})/u;

/** Joiners a name inside a longer run may follow, and joiners it may come before. */
const STARTERS = new Set(["and", "&", "the", "The"]);
const ENDERS = new Set(["and", "&", "in", "on", "to", "for", "the"]);

/** Words of one name looked at, at most (a bound on the parts of a long run). */
const MAX_RUN = 10;

/** One acronym and the name it stands for, as the text writes it ("Memorandum of Understanding"). */
export interface Acronym {
  acronym: string;
  name: string;
}

/**
 * The initials of a run of words, lower case: `plain` skips the joiners ("of", "and" …),
 * `full` keeps their initials except "the"'s ("Memorandum of Understanding" → "mu", "mou");
 * each part of a hyphenated word counts ("NATO-Ukraine Commission" → "nuc"). `parts`: how many
 * initials `plain` has. Case is ignored, so a question's lower-case words spell them too.
 */
export function initialsOf(words: readonly string[]): {
  plain: string;
  full: string;
  parts: number;
} {
  let plain = "";
  let full = "";
  let parts = 0;
  for (const w of words) {
    if (JOINERS.has(w.toLowerCase())) {
      // "MoU" keeps the initial of "of"; "the" never counts
      if (w.toLowerCase() !== "the") full += (w[0] as string).toLowerCase();
      continue;
    }
    for (const part of w.split("-")) {
      if (part.length === 0) continue;
      const initial = (part[0] as string).toLowerCase();
      plain += initial;
      full += initial;
      parts++;
    }
  }
  return { plain, full, parts };
}

/** The acronyms of one name of capitalised words and joiners ("Memorandum of Understanding"). */
function acronymsOfName(name: readonly string[], out: Acronym[]): void {
  const { plain, full, parts } = initialsOf(name);
  if (parts < 2) return;
  const text = name.join(" ");
  // two letters only from two plain words ("Foreign Minister" → "fm", "European Parliament" →
  // "ep"): the question must type such a short form in capitals to use it
  const least = name.length === 2 && parts === 2 ? 2 : 3;
  if (plain.length >= least && plain.length <= 8) out.push({ acronym: plain, name: text });
  if (full !== plain && full.length >= 3 && full.length <= 8)
    out.push({ acronym: full, name: text });
}

/**
 * The acronyms of every name of at least two capitalised words in `text` (small joining words
 * allowed inside) and of every part of one that begins and ends with a capitalised word ("the
 * Memorandum of Understanding in Helsinki": also "mou"; "the Government of Indonesia and the
 * Free Aceh Movement": also "goi", "fam"): the initials of the capitalised parts, and with the
 * joiners' initials too when that differs ("MoU"). Three to eight letters, or two from
 * two capitalised words ("fm": Foreign Minister) and the last two words of a run are a name too.
 */
export function acronymsOf(text: string): Acronym[] {
  const out: Acronym[] = [];
  if (!TWO_CAPITALISED.test(text)) return out;
  const words = text.split(/[\s,;:()“”"!?[\]]+/).filter((w) => w.length > 0);
  // "An", "This" at the start of a sentence begin no name
  const isName = (w: string) => {
    const c = w.charCodeAt(0);
    // most words begin with a lower-case ASCII letter: no regular expression for them
    if (c >= 97 && c <= 122) return false;
    return CAPITALISED.test(w) && !ALL_CAPITALS.test(w) && !isStopWord(w.toLowerCase());
  };
  let i = 0;
  while (i < words.length) {
    if (!isName(words[i] as string)) {
      i++;
      continue;
    }
    // the longest run from here: capitalised words, joiners only between two of them, up to
    // the end of a sentence
    let last = i;
    for (let end = i; end < words.length; end++) {
      const w = words[end] as string;
      if (isName(w)) last = end;
      else if (!JOINERS.has(w) || end === i) break;
      if (w.endsWith(".")) break;
    }
    const run = words.slice(i, Math.min(last + 1, i + MAX_RUN)).map((w) => w.replace(/[.]$/, ""));
    // a part begins the run or follows "and"/"the", and ends the run or comes before a joiner
    // other than "of": "Control and Supervision" (after "of") is no name of its own
    // the last two words of a run are a name too: "Saudi Foreign Minister" (the Saudi FM)
    const starts = (a: number) =>
      a === 0 || STARTERS.has(run[a - 1] as string) || a === run.length - 2;
    const ends = (b: number) => b === run.length - 1 || ENDERS.has(run[b + 1] as string);
    for (let a = 0; a < run.length; a++) {
      if (JOINERS.has(run[a] as string) || run[a] === "The" || !starts(a)) continue;
      for (let b = a + 1; b < run.length; b++) {
        if (!JOINERS.has(run[b] as string) && ends(b)) acronymsOfName(run.slice(a, b + 1), out);
      }
    }
    i = last + 1;
  }
  return out;
}
