// The typed briefing that everything downstream of the loader works with.
import type { BriefingFile } from "./schema.ts";

export type Participant = NonNullable<BriefingFile["participants"]>[number];
export type Party = NonNullable<BriefingFile["parties"]>[number];
export type Quote = NonNullable<BriefingFile["quotes"]>[number];
export type NextStep = NonNullable<BriefingFile["next_steps"]>[number];
export type Source = BriefingFile["sources"][number];

/** A validated briefing: the file's content with its `id` resolved and where it came from. */
export interface Briefing extends Omit<BriefingFile, "id"> {
  /** The file's `id`, or its file name without extension. */
  id: string;
  /** Absolute path of the file it was loaded from. */
  file: string;
}

/** One thing wrong with one briefing file, with the place it is wrong. */
export interface BriefingProblem {
  file: string;
  /** 1-based line and column; absent when the problem is about the whole file. */
  line?: number;
  column?: number;
  /** Field path such as `quotes[2].speaker`; empty for the whole file. */
  path: string;
  message: string;
}
