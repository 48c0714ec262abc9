/** One news article of the corpus, as loaded from a Markdown file. */
export interface Article {
  /** File name without extension: stable, unique, used in citations. */
  id: string;
  /** Path of the file it came from. */
  file: string;
  title: string;
  /** ISO `YYYY-MM-DD`; absent when the article gives no date. */
  date?: string;
  source?: string;
  url?: string;
  lang?: string;
  /** The text, verbatim. */
  body: string;
}
