// What the button tests share: briefings with a three-round series and a briefing too long for
// one card, and a real bot on a SQLite file, so a "restart" is a new bot and adapter on the same
// store.
import { join } from "node:path";
import { loadBriefings } from "../../src/briefing/index.ts";
import type { Briefing } from "../../src/briefing/types.ts";
import { openSqliteStore } from "../../src/store/index.ts";
import { makeBriefing, realBriefings, type TestBot, testBot } from "../bot/helpers.ts";

export const NATO = "2022-01-12-nato-russia-council";
export const SSD_2021_07 = "2021-07-28-strategic-stability-dialogue-geneva";
export const SSD_2021_09 = "2021-09-30-strategic-stability-dialogue-geneva";
export const SSD_2022 = "2022-01-10-strategic-stability-dialogue-geneva";
export const LONG = "2022-01-09-marathon-round";
/** How many outcomes the long briefing has: far more than a card (4) or one page shows. */
export const LONG_OUTCOMES = 60;

/** A briefing whose card is shortened: sixty outcomes of a few hundred characters each. */
export const long: Briefing = makeBriefing({
  id: LONG,
  title: "A marathon negotiating round",
  date: "2022-01-09",
  outcomes: Array.from(
    { length: LONG_OUTCOMES },
    (_, i) =>
      `Outcome ${i + 1}: ${"the delegations restated their positions at length. ".repeat(3)}`,
  ),
});

/** The shipped briefing, the test fixtures, the middle round of the SSD series and `long`. */
export async function buttonBriefings(): Promise<Briefing[]> {
  const real = await realBriefings();
  const series = await loadBriefings(join(import.meta.dirname, "..", "fixtures", "series-ssd"));
  const middle = series.briefings.filter((b) => !real.some((r) => r.id === b.id));
  return [...real, ...middle, long];
}

/**
 * A bot over the real engine and a SQLite file (recording declined questions and votes on). Its
 * clock is the real one, as the adapters' is: claims in the store are pruned by either.
 */
export async function fileBot(path: string, briefings: Briefing[]): Promise<TestBot> {
  return testBot({
    briefings,
    store: openSqliteStore(path),
    clock: () => new Date(),
    config: { timezone: "Europe/Brussels", recordQuestions: true },
  });
}
