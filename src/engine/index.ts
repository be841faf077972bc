// The engine's public entry: build an engine over briefings and keep it in step with a library.
import type { Briefing } from "../briefing/types.ts";
import type { BriefingChange, Engine } from "./engine.ts";

export { humanDate } from "./compose.ts";
export { type BriefingChange, createEngine, type Engine } from "./engine.ts";
export type { Answer, AskOptions, Citation, QuestionAnswerer, Section } from "./types.ts";

/** What `connectEngine` needs from the briefing library: its current briefings and its changes. */
export interface BriefingSource {
  onChange(listener: (change: BriefingChange) => void): (() => void) | unknown;
  briefings?: () => readonly Briefing[];
}

/**
 * Keeps an engine in step with a live library: each change (a file saved, added or deleted)
 * updates only the briefings it names. Returns a function that stops listening when the
 * library's `onChange` returns one.
 */
export function connectEngine(engine: Engine, library: BriefingSource): () => void {
  const stop = library.onChange((change) => engine.update(change));
  return typeof stop === "function" ? (stop as () => void) : () => {};
}
