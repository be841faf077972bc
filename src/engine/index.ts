// The engine's public entry: build an engine over briefings and keep it in step with a library.
import type { BriefingChange, Engine } from "./engine.ts";

export { humanDate } from "./compose.ts";
export { type BriefingChange, createEngine, type Engine } from "./engine.ts";
export { type BuildOptions, buildEngine } from "./parallel-build.ts";
export { type OpenEngineOptions, type OpenedEngine, openEngine } from "./snapshot.ts";
export type { DateConstraint, Role, TypedKind, TypedQuestion } from "./typed-question.ts";
export type {
  Answer,
  AskOptions,
  Citation,
  QuestionAnswerer,
  Section,
  Subject,
} from "./types.ts";

/** What `connectEngine` needs from the briefing library (`BriefingLibrary` has it). */
export interface BriefingSource {
  /** Registers a listener for changes; returns a function that unregisters it. */
  onChange(listener: (change: BriefingChange) => void): () => void;
}

/**
 * Keeps an engine in step with a live library: each change (a file saved, added or deleted)
 * updates only the briefings it names. Returns a function that stops following the library.
 */
export function connectEngine(engine: Engine, library: BriefingSource): () => void {
  return library.onChange((change) => engine.update(change));
}
