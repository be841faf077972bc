// An engine that also answers across rounds: questions about a series go to the series module,
// every other question to the engine unchanged.
import type { Briefing } from "../briefing/types.ts";
import type { Answer, AskOptions, QuestionAnswerer } from "../engine/types.ts";
import { answerAcrossRounds } from "./questions.ts";

/** What the wrapper needs of the engine: `ask`, and `suggestions` when it has them. */
type Answerer = QuestionAnswerer & { suggestions?: (scope?: readonly string[]) => string[] };

/**
 * Wraps an engine: "what changed since the last round?", "how did X's position on Y change
 * between A and B?" and "when did SERIES last meet?" are answered from the series of
 * `briefings()` (read per question, so a live library's changes count at once); the rest by `engine`.
 */
export function withSeries<E extends Answerer>(engine: E, briefings: () => readonly Briefing[]): E {
  const ask = (question: string, options?: AskOptions): Answer => {
    const scope = options?.scope ?? [];
    const across = answerAcrossRounds(question, briefings(), scope);
    if (!across) return engine.ask(question, options);
    return scope.length > 0
      ? {
          ...across,
          scope: across.citations.every((c) => scope.includes(c.briefing)) ? "scoped" : "all",
        }
      : across;
  };
  return new Proxy(engine, {
    get(target, property, receiver) {
      if (property === "ask") return ask;
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
