/** Articles → sentence passages, each knowing its article, paragraph and position. */
import type { Article } from "../corpus/article.js";
import { normalizeText } from "../text/normalize.js";
import { splitParagraphs, splitSentences } from "../text/sentences.js";

export interface Passage {
  /** Index in the passage array: stable for one build. */
  id: number;
  article: Article;
  paragraph: number;
  /** Position of the sentence in its article, from 0. */
  position: number;
  /** The sentence as written. */
  text: string;
  /** The sentence with straight quotes and apostrophes, for the extractors. */
  norm: string;
  /** The neighbouring sentences of the same paragraph: context for pronouns and "the forum". */
  context: string;
  /**
   * Names and acronyms of the events its article reports, set once facts are extracted: "the
   * summit" in any sentence of the article is about them.
   */
  about: string;
}

export function chunkArticles(articles: Article[]): Passage[] {
  const passages: Passage[] = [];
  for (const article of articles) {
    let position = 0;
    splitParagraphs(article.body).forEach((paragraph, p) => {
      const sentences = splitSentences(paragraph);
      sentences.forEach((text, i) => {
        const context = [sentences[i - 1], sentences[i + 1]].filter(Boolean).join(" ");
        passages.push({
          id: passages.length,
          article,
          paragraph: p,
          position: position++,
          text,
          norm: normalizeText(text),
          context,
          about: "",
        });
      });
    });
  }
  return passages;
}
