// Chat shorthand people type in questions ("govt", "ppl", "mtg"): the word each stands for, so a
// question typed in a hurry reads as the same question typed in full. Only unambiguous forms:
// "min" (minister or minute) and "sec" (secretary or second) are left as typed.

const SHORTHAND: Readonly<Record<string, string>> = {
  govt: "government",
  govts: "governments",
  gvt: "government",
  ppl: "people",
  mtg: "meeting",
  mtgs: "meetings",
  agmt: "agreement",
  agmts: "agreements",
  intl: "international",
  natl: "national",
  dept: "department",
  negs: "negotiations",
  reps: "representatives",
  abt: "about",
  thru: "through",
  b4: "before",
  bc: "because",
  yrs: "years",
  bn: "billion",
  mln: "million",
};

/** The word a chat shorthand stands for, or the token itself. */
export function expandShorthand(token: string): string {
  return Object.hasOwn(SHORTHAND, token) ? (SHORTHAND[token] as string) : token;
}
