// Words that carry no subject: function words, and the generic words people wrap questions in.

/** Function words (and their commonest typos), dropped from both the index and questions. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then than so of to in on at by for from with without into onto over under
  about above after before between during through until up down out off once here there
  is are was were be been being am do does did doing done have has had having will would shall should
  can could may might must i me my we our us you your he him his she her it its they them their
  this that these those what which who whom whose when where why how all any both each few more most
  other some such no nor not only own same too very just also as s t get got go went
  ever yet still even there's it's what's who's
  wat wht whta waht hwo woh whos wher whre wen whn hw hwat teh adn`.split(/\s+/),
);

/**
 * Words that shape a question but are never its subject ("tell me", "exactly", "briefing"):
 * a question whose only unknown words are these is not about something the briefings lack.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  `tell know please exactly actually really main key overall generally briefing briefings
  document summary summarise summarize happen happened happening occur occurred take took taken place
  give gave given say said says saying statement statements quote quoted quotes comment
  commented comments remark remarks word words mention mentioned think thought view views
  position positions stance want wanted wants like there any anything something thing things anyone anybody everyone everybody
  everything someone somebody all
  kind sort lot much many how_many mean meant one ones else people person part role name named
  do list show find describe explain detail details specifically particular particularly
  time times day days date dates year years happen week weeks month months today yesterday tomorrow
  who what when where how why which whose whom long
  first second third last latest recent recently most least new old earlier later
  answer question questions point points topic topics issue issues matter matters subject
  side sides country countries nation nations official officials representative representatives delegation delegations
  talk talks meeting meetings meet met session sessions round rounds negotiation negotiations
  discuss discussed discussion discussions conversation conversations held hold
  cover covered covers include included includes involve involved involves concern concerned
  concerning regard regarding affect affected reporter reporters press journalist journalists
  media audience public
  step steps several thing happen happens course come came make made
  big bigger large larger size sized huge amount number
  hey hi hello yo pls plz thanks thx bot briefbot quick q`.split(/\s+/),
);

/** True when the lower-case token is a function word. */
export function isStopWord(token: string): boolean {
  return STOP_WORDS.has(token);
}
