/**
 * What a digest says, from the engine and the bot's memory; pure, so it is tested on any date.
 * A section with nothing to say is left out; a digest with no section is not posted.
 */
import type { Engine } from "../answer/engine.js";
import type { Article } from "../corpus/article.js";
import { formatIsoDate } from "../text/dates.js";
import { splitParagraphs, splitSentences } from "../text/sentences.js";
import { dayNumber } from "./clock.js";

export interface DigestItem {
  text: string;
  source?: { title: string; date?: string };
}

export interface Digest {
  date: string;
  newArticles: { title: string; date?: string; source?: string; summary: string }[];
  spotlight?: { question: string; answer: string; source?: { title: string; date?: string } };
  onThisDay: DigestItem[];
  asked?: { top: { question: string; count: number }[]; unanswered: { question: string; count: number }[] };
}

export type QuestionCounts = Record<string, { count: number; unanswered: number }>;

export interface DigestInput {
  engine: Pick<Engine, "answer" | "articles" | "knowledge">;
  /** Local date of the digest, YYYY-MM-DD. */
  date: string;
  newArticles: Article[];
  /** Yesterday's questions. */
  questions: QuestionCounts;
}

/** The first real sentence of an article: long enough, not a menu line or a headline. */
export function summaryOf(article: Article): string {
  for (const p of splitParagraphs(article.body)) {
    for (const s of splitSentences(p)) {
      if (s.split(/\s+/).length >= 8 && /[.!?"']$/.test(s))
        return s.length > 240 ? `${s.slice(0, 239).replace(/\s+\S*$/, "")}…` : s;
    }
  }
  return article.title;
}

/** Entities worth a spotlight, in a fixed order, each as the question that presents it. */
export function spotlightQuestions(engine: DigestInput["engine"]): string[] {
  const kb = engine.knowledge;
  const people = kb.people.filter((p) => p.roles.length > 0).map((p) => `who is ${p.name}`);
  const orgs = kb.orgs.filter((o) => o.acronym).map((o) => `what is ${o.acronym}`);
  const events = kb.events.filter((e) => e.date).map((e) => `what is ${e.acronym ?? `the ${e.name}`}`);
  return [...new Set([...people, ...orgs, ...events])].sort();
}

function spotlight(input: DigestInput): Digest["spotlight"] {
  const questions = spotlightQuestions(input.engine);
  // Rotate by date: consecutive days differ and every entity comes round.
  const start = dayNumber(input.date) % Math.max(1, questions.length);
  for (let i = 0; i < questions.length; i++) {
    const question = questions[(start + i) % questions.length];
    const a = input.engine.answer(question);
    if (a.answer)
      return { question, answer: a.answer, source: a.passages[0] && { title: a.passages[0].title, date: a.passages[0].date } };
  }
  return undefined;
}

function onThisDay(input: DigestInput): DigestItem[] {
  const monthDay = input.date.slice(5);
  const events = input.engine.knowledge.events
    .filter((e) => e.date?.slice(5) === monthDay)
    .map((e) => ({
      text: `${e.date?.slice(0, 4)}: ${e.acronym ?? e.name}${e.place ? `, ${e.place}` : ""} (${formatIsoDate(e.date ?? "")})`,
      source: { title: e.passages[0].article.title, date: e.passages[0].article.date },
    }));
  const articles = input.engine.articles
    .filter((a) => a.date?.slice(5) === monthDay)
    .map((a) => ({ text: `${a.date?.slice(0, 4)}: ${a.title}`, source: { title: a.title, date: a.date } }));
  return [...events, ...articles];
}

function asked(questions: QuestionCounts): Digest["asked"] {
  const all = Object.entries(questions).map(([question, c]) => ({ question, ...c }));
  if (all.length === 0) return undefined;
  const byCount = (a: { count: number; question: string }, b: { count: number; question: string }) =>
    b.count - a.count || a.question.localeCompare(b.question);
  return {
    top: all
      .sort(byCount)
      .slice(0, 5)
      .map(({ question, count }) => ({ question, count })),
    unanswered: all
      .filter((q) => q.unanswered > 0)
      .map(({ question, unanswered }) => ({ question, count: unanswered }))
      .sort(byCount)
      .slice(0, 5),
  };
}

export function composeDigest(input: DigestInput): Digest {
  return {
    date: input.date,
    newArticles: input.newArticles.map((a) => ({ title: a.title, date: a.date, source: a.source, summary: summaryOf(a) })),
    spotlight: spotlight(input),
    onThisDay: onThisDay(input),
    asked: asked(input.questions),
  };
}

/** Whether there is anything to post. */
export function isEmpty(d: Digest): boolean {
  return d.newArticles.length === 0 && !d.spotlight && d.onThisDay.length === 0 && !d.asked;
}
