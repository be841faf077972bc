// Chat shorthand people type in questions ("govt", "ppl", "mtg"): the word each stands for, so a
// question typed in a hurry reads as the same question typed in full. Only unambiguous forms:
// "min" (minister or minute) and "sec" (secretary or second) are left as typed, except in a title
// whose other half says which ("sec gen").

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
  rep: "representative",
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

/** Titles typed as two short forms, each ambiguous alone: "sec gen" is a Secretary-General. */
const SHORT_TITLES: Readonly<Record<string, readonly [string, string]>> = {
  "sec gen": ["secretary", "general"],
};

/** The tokens with each chat shorthand, and each title typed as two short forms, in full. */
export function expandShorthands(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const pair = SHORT_TITLES[`${tokens[i]} ${tokens[i + 1] ?? ""}`];
    if (pair) {
      out.push(...pair);
      i++;
    } else out.push(expandShorthand(tokens[i] as string));
  }
  return out;
}
