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
  /** Asked with `followUp`: what this answer was about, for reading the next question. */
  about?: Subject;
  /** When the previous answer changed this one: what was taken from it ("Jens Stoltenberg"). */
  fromContext?: string;
}

/**
 * What an answer was about: the person, side, briefing and topic a follow-up's "he", "they",
 * "and on Crimea?" or "the next round" refer to. Names as the briefings spell them; plain data,
 * so a chat can keep it (as JSON) per thread between questions.
 */
export interface Subject {
  /** The question as answered (with any pronoun resolved). */
  question: string;
  /** What kind of question it was (said, position, who, …). */
  kind?: string;
  /** The one person the answer quoted or named. */
  speaker?: string;
  /** Set when the answer quoted or named several people: "he" would be a guess. */
  speakers?: string[];
  /** The one side the question asked about. */
  party?: string;
  /** The one briefing the answer came from, and its title. */
  briefing?: string;
  title?: string;
  /** What the question was about ("Crimea", "NATO enlargement"). */
  topic?: string;
  /** The texts cited, so "what else" gives others. */
  cited?: string[];
}

export interface AskOptions {
  /** Briefing ids to answer from first (a channel's pins); the rest only when these have nothing. */
  scope?: readonly string[];
  /**
   * Asked in a conversation (a chat thread): the answer carries `about`, and when `previous` is
   * given the question is read against it (pronouns, ellipsis, "the next round"). Without this
   * option a question is answered exactly as if no conversation existed.
   */
  followUp?: { previous?: Subject };
}

/** What the bot needs from the engine. */
export interface QuestionAnswerer {
  ask(question: string, options?: AskOptions): Answer;
}
