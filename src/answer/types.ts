/** The one answer type every surface renders: Slack blocks, console text, CLI JSON. */

/** A structured fact behind the answer, with the article and sentence it came from. */
export interface FactRow {
  subject: string;
  relation: string;
  object: string;
  /** Article id (file name without extension). */
  article: string;
  sentence: string;
}

export interface SourceRef {
  article: string;
  title: string;
  date?: string;
}

export interface PassageRow extends SourceRef {
  text: string;
  score: number;
  /** Other articles telling the same thing (near-duplicate passages merged into this one). */
  alsoIn?: SourceRef[];
}

export interface Answer {
  query: string;
  /** The direct answer, at most 300 characters; "" when the corpus does not know. */
  answer: string;
  facts: FactRow[];
  /** Best first, at most 5. */
  passages: PassageRow[];
  /** When nothing matches: questions the corpus can answer. */
  suggestions: string[];
  /** How the question was understood ("who_is", "when", "search", ...). */
  intent: string;
  /** The entity the answer is about, for follow-up questions ("what did he say ..."). */
  focus?: string;
}

export const MAX_ANSWER_CHARS = 300;
