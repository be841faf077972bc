// The engine's contract: a question in, a grounded answer out. No chats, no platforms.

/** The briefing field a citation points into. */
export type Section =
  | "title"
  | "date"
  | "location"
  | "format"
  | "summary"
  | "participants"
  | "parties"
  | "quotes"
  | "points"
  | "outcomes"
  | "next_steps"
  | "background";

export interface Citation {
  /** Briefing id. */
  briefing: string;
  title: string;
  /** The briefing's date, YYYY-MM-DD. */
  date: string;
  section: Section;
  /** The cited text, verbatim from the briefing. */
  text: string;
  /** For quotes: the speaker as written in the briefing. */
  speaker?: string;
}

export interface Answer {
  question: string;
  answered: boolean;
  /** The answer itself (quote and speaker, name, date), or the honest decline. */
  text: string;
  /** 0..1, how sure the engine is. */
  confidence: number;
  citations: Citation[];
  /** Up to three questions the briefings can answer (mostly when declined). */
  suggestions: string[];
  /**
   * On a decline, when the engine can say: the words or names of the question the briefings do
   * not cover (as typed), for editors to add (`briefbot gaps`).
   */
  missing?: string[];
  /** Set when a scope was given: whether the answer came from it or from all briefings. */
  scope?: "scoped" | "all";
}

export interface AskOptions {
  /** Briefing ids to answer from first (a channel's pins); the rest only when these have nothing. */
  scope?: readonly string[];
}

/** What the bot needs from the engine. */
export interface QuestionAnswerer {
  ask(question: string, options?: AskOptions): Answer;
}
