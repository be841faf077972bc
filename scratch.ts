import { realBriefings } from "./tests/bot/helpers.ts";
import { createEngine } from "./src/engine/index.ts";
const e = createEngine(await realBriefings());
for (const q of ["what did Stoltenberg say about Crimea bridges?", "what did Putin say about fisheries?", "what did Lukashenko say?", "when did the Minsk Contact Group last meet?", "what happened in Warsaw?", "who chaired the OSCE council on 3 March 2022?", "what about zebras and giraffes"]) { const a = e.ask(q); console.log(q, a.answered, a.text, a.missing); }
