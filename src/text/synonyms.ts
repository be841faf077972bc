// The vocabulary of talks: words and phrases that mean the same thing map to one concept term,
// in the index and in questions alike, so "turn down" finds "rejected" and "session" finds "talks".
import { stem } from "./stem.ts";

/** Concept groups, one per line; the first word names the concept. Generic vocabulary of talks only. */
const GROUPS: readonly string[][] = `
reject refuse refusal dismiss decline rebuff accept acceptance concede concession compromise yield
  cave budge oppose opposition spurn turn_down give_in back_down non_starter rule_out say_yes
  say_no push_back pushback
demand want call_for seek insist request ask_for require requirement push_for press_for wish urge
  expect expectation goal aim objective
meet meeting talk session round negotiation negotiate discussion dialogue conference summit
  consultation gathering
next further following upcoming future subsequent follow_up schedule scheduled planned again resume
outcome result breakthrough agreement conclusion conclude agree deal achieve accomplish decide
  decision resolve resolution produce progress achievement consensus reach end ended success
  successful fail failure failed
chair chairman chairwoman chairperson chairmanship chairing chaired preside
lead led head leader chief
host
ceo chief_executive chief_executive_officer
duration how_long hour minute lengthy
attend participate participant take_part join attendee represent representative
warn warning threaten threat caution
troop force soldier army deployment deploy fighter combatant
weapon arms armament missile munition
sanction penalty punitive
expand expansion enlargement enlarge widen extend
withdraw withdrew withdrawn withdrawal pull_back pull_out retreat pullback leave left quit exit
  depart departure
guarantee assurance commitment pledge promise assure
ceasefire truce armistice
border frontier
begin began begun start launch commence kick_off take_effect
aid assistance support help back endorse
prisoner detainee captive hostage
exchange swap
background history context previous previously earlier past prior before precede
point topic agenda issue item theme
location venue city place where
say said says saying statement declare remark comment tell told note stress argue quote
  claim assert tweet tweeted post spoke speak spoken announce write wrote written respond response
  reply call called describe described
tension escalation escalate crisis
establish found create set_up form founded inaugurate
willing willingness ready readiness prepared open openness
continue keep carry_on proceed maintain sustain
propose proposal offer suggest suggestion table put_forward draft initiative
send deliver submit hand_over transmit provide
direct directly face_to_face in_person bilateral bilaterally indirect indirectly intermediary
deescalate de_escalate deescalation de_escalation calm defuse
stop halt cease suspend suspension freeze pause moratorium
ship vessel boat tanker freighter cargo
death die dead kill fatality casualty
veterinary vet
`
  .trim()
  .split(/\n(?!\s)/)
  .map((line) => line.trim().split(/\s+/));

/** Multi-word phrases joined by `_` before concept lookup (matched on stems). */
const PHRASES: readonly string[] =
  `turn_down give_in gave_in given_in back_down backed_down call_for
  ask_for push_for press_for how_long take_part took_part taken_part pull_back pull_out follow_up
  kick_off rule_out non_starter de_escal sai_ye said_ye sai_no said_no push_back set_up carri_on
  put_forward hand_over face_to_face in_person unit_state unit_kingdom great_britain european_union
  unit_nation take_effect took_effect taken_effect plai_host enter_into_forc entri_into_forc
  come_into_forc came_into_forc in_forc`.split(/\s+/);

/** Phrases that stand for a country or organisation, mapped to one token. */
const PHRASE_TOKENS: Readonly<Record<string, string>> = {
  gave_in: "give_in",
  sai_ye: "say_yes",
  sai_no: "say_no",
  said_ye: "say_yes",
  said_no: "say_no",
  carri_on: "carry_on",
  given_in: "give_in",
  backed_down: "back_down",
  took_part: "take_part",
  taken_part: "take_part",
  de_escal: "deescalate",
  took_effect: "take_effect",
  taken_effect: "take_effect",
  // "entered into force", "came into force", "entry into force": one act (not troops)
  enter_into_forc: "enter_into_force",
  entri_into_forc: "enter_into_force",
  come_into_forc: "enter_into_force",
  came_into_forc: "enter_into_force",
  in_forc: "enter_into_force",
  unit_state: "unitedstates",
  unit_kingdom: "unitedkingdom",
  great_britain: "unitedkingdom",
  european_union: "eu",
  unit_nation: "un",
  // "played host to the talks": hosted them
  plai_host: "host",
};

const conceptOfStem = new Map<string, string>();
for (const group of GROUPS) {
  const concept = `~${group[0]}`;
  for (const word of group) {
    conceptOfStem.set(word.includes("_") ? word : stem(word), concept);
  }
}

const phraseByFirst = new Map<string, string[][]>();
for (const phrase of PHRASES) {
  const parts = phrase.split("_");
  const first = parts[0] as string;
  const list = phraseByFirst.get(first) ?? [];
  list.push(parts);
  phraseByFirst.set(first, list);
}

/**
 * Joins known multi-word phrases in a list of stems into one token (`turn`,`down` → `turn_down`,
 * `unit`,`state` → `unitedstates`). Returns the new list and, per output, the input index it starts at.
 */
export function joinPhrases(stems: readonly string[]): { tokens: string[]; starts: number[] } {
  const tokens: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i < stems.length; i++) {
    const s = stems[i] as string;
    const candidates = phraseByFirst.get(s);
    let joined: string | undefined;
    let length = 1;
    if (candidates) {
      for (const parts of candidates) {
        if (parts.every((p, k) => stems[i + k] === p)) {
          const key = parts.join("_");
          joined = PHRASE_TOKENS[key] ?? key;
          length = parts.length;
          break;
        }
      }
    }
    tokens.push(joined ?? s);
    starts.push(i);
    i += length - 1;
  }
  return { tokens, starts };
}

/** The concept a stem (or joined phrase) belongs to, such as `~reject`, or the stem itself. */
export function concept(stemOrPhrase: string): string {
  return conceptOfStem.get(stemOrPhrase) ?? stemOrPhrase;
}

/** True for a concept term (from the synonym list) rather than a plain stem. */
export function isConcept(term: string): boolean {
  return term.startsWith("~");
}

/** The phrases (as stem lists) that start with this stem, if any. */
export function phrasesStartingWith(stemmed: string): readonly string[][] | undefined {
  return phraseByFirst.get(stemmed);
}

/** The single token a matched phrase stands for (`gave_in` → `give_in`). */
export function phraseToken(parts: readonly string[]): string {
  const key = parts.join("_");
  return PHRASE_TOKENS[key] ?? key;
}
