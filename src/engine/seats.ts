// A state named by its capital or seat of government ("what is Islamabad's position", "why did
// Riyadh break off relations", "between Teheran and Washington"): read as the state where the
// question's slot is one a state fills (whose position, who acts, between whom) and the
// briefings name the state but never use the city as a name of their own (a briefing that lists
// "Tehran" among Iran's aliases, or holds talks in Beijing, says itself what the city stands
// for). Anywhere else ("when did Haftar attack Tripoli", "the embassy in Tehran") the city stays
// the city, and so does a city in a name the briefings write ("the OSCE Minsk Group").
import { AUXILIARIES, namePhraseTerm, seatMisspelt, stateOfSeat } from "../text/index.ts";
import { isPersonNoun } from "../text/wordnet.ts";

/** What the reading needs to know of the briefings and the question. */
export interface SeatVocabulary {
  /** Whether a briefing uses the word in a name (a party's alias, a location, a person). */
  isName(word: string): boolean;
  /** Whether the briefings hold the term (a state's token "saudiarabia", a name "#minsk group"). */
  hasTerm(term: string): boolean;
  /** Whether the question types the city with "'s" ("Islamabad's"). */
  isPossessive(city: string): boolean;
  /** Whether a word after the city asks for a stance ("khartoum position on …"): its owner. */
  isStance?(word: string): boolean;
}

/** A seat named in a question: its state, the city as written, and whether "s" was added. */
interface Seat {
  state: NonNullable<ReturnType<typeof stateOfSeat>>;
  city: string;
  bareS: boolean;
}

/**
 * The seat `words` name, allowing a possessive typed without its apostrophe ("tehrans") and one
 * typo in a word the briefings do not use ("khartum").
 */
function seatNamed(words: readonly string[], vocab: SeatVocabulary): Seat | undefined {
  const typed = words.join(" ");
  const state = stateOfSeat(typed);
  if (state) return { state, city: typed, bareS: false };
  const near = words.length === 1 && !vocab.isName(typed) ? seatMisspelt(typed) : undefined;
  const nearState = near ? stateOfSeat(near) : undefined;
  if (near && nearState) return { state: nearState, city: near, bareS: false };
  const city = typed.slice(0, -1);
  const bare = typed.endsWith("s") ? stateOfSeat(city) : undefined;
  return bare ? { state: bare, city, bareS: true } : undefined;
}

/** Whether a word is a noun for a person's post ("envoy"), not a short form ("the cpa"). */
function postBefore(word: string): boolean {
  return word.length > 3 && isPersonNoun(word);
}

/**
 * The words the question should say for a seat's state: its name when the briefings hold the
 * state's token, else the first of its other names whose every word is a word of a name there
 * ("Kinshasa" → "DRC" for a side written "Government of the DRC"); none when neither.
 */
function stateWords(seat: Seat, vocab: SeatVocabulary): string[] | undefined {
  if (vocab.hasTerm(seat.state.token)) return seat.state.name.toLowerCase().split(" ");
  for (const name of [seat.state.name, ...seat.state.aliases]) {
    const words = name.toLowerCase().split(/[\s-]+/);
    if (stateOfSeat(name.toLowerCase()) || words.some((w) => w === "the")) continue;
    if (words.every((w) => vocab.isName(w))) return words;
  }
  return undefined;
}

/** The question's tokens with each capital in a state's slot replaced by the state's words. */
export function seatsAsStates(tokens: readonly string[], vocab: SeatVocabulary): string[] {
  const out: string[] = [];
  let lastState = -2;
  for (let i = 0; i < tokens.length; i++) {
    let replaced = false;
    // "new delhi", "addis ababa": two words first
    for (const n of [2, 1]) {
      const words = tokens.slice(i, i + n);
      if (words.length < n) continue;
      const seat = seatNamed(words, vocab);
      if (!seat) continue;
      const before = tokens[i - 1] ?? "";
      const next = tokens[i + n] ?? "";
      const slot =
        seat.bareS ||
        vocab.isPossessive(seat.city) ||
        // "did Moscow want", "what did Tehran demand": the question's subject
        (AUXILIARIES.has(before) && i <= 4) ||
        // "khartoum position on sharia": chat drops the possessive before the stance asked
        vocab.isStance?.(tokens[i + n] ?? "") === true ||
        // "kinshasa troops?": the subject of a question typed without a verb
        (i === 0 && next !== "" && !AUXILIARIES.has(next)) ||
        // "who signed for Khartoum": whose act, unless a person's post ("the envoy for Khartoum")
        (before === "for" && i >= 2 && !postBefore(tokens[i - 2] ?? "")) ||
        before === "between" ||
        (before === "and" && (lastState === i - 2 || tokens[i - 3] === "between"));
      const inName =
        vocab.hasTerm(namePhraseTerm([...words, tokens[i + n] ?? ""])) ||
        vocab.hasTerm(namePhraseTerm([before, ...words]));
      const state =
        !slot ||
        inName ||
        vocab.isName(words.at(-1) as string) ||
        vocab.isName(seat.city.split(" ").at(-1) as string)
          ? undefined
          : stateWords(seat, vocab);
      if (!state) continue;
      out.push(...state);
      lastState = i + n - 1;
      i += n - 1;
      replaced = true;
      break;
    }
    if (!replaced) out.push(tokens[i] as string);
  }
  return out;
}
