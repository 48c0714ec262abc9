/**
 * The answer engine: corpus → passages → index + knowledge, and `answer(question)` → Answer.
 * Pure: no Slack, no I/O after load.
 */
import type { Article } from "../corpus/article.js";
import { CorpusError } from "../corpus/errors.js";
import { loadCorpus, reloadCorpus } from "../corpus/load.js";
import { type CuratedAliases, loadAliases } from "../facts/aliases.js";
import { buildKnowledge, type Knowledge } from "../facts/knowledge.js";
import { knowledgeFromPlain, knowledgeToPlain } from "../facts/serialize.js";
import { chunkArticles, type Passage } from "../search/chunk.js";
import { PassageIndex } from "../search/index.js";
import { compress } from "./compress.js";
import type { Draft, HandlerContext } from "./handlers/context.js";
import { hostedBy, inPeriod, theme, when, where } from "./handlers/events.js";
import { howMany } from "./handlers/figures.js";
import { activity, roleOf, whoIs } from "./handlers/people.js";
import { freeText, whoDid } from "./handlers/search.js";
import { definition, whatIs } from "./handlers/things.js";
import { findEvents, findOrg, findPeople } from "./lookup.js";
import { gatherPassages } from "./passages.js";
import { readSnapshot, type Snapshot, snapshotKey, writeSnapshot } from "./snapshot.js";
import { suggestions } from "./suggest.js";
import { contentTerms, TermScorer } from "./terms.js";
import { type Answer, MAX_ANSWER_CHARS } from "./types.js";
import { cleanQuestion, type Intent, understand } from "./understand.js";

export interface LoadOptions {
  /** Folder of the start-up snapshot (DATA_DIR); none: always build. */
  snapshotDir?: string;
}

export interface AskOptions {
  /** The entity the conversation is about, for pronouns ("what did he say ..."). */
  focus?: string;
}

const PRONOUNS = /\b(he|she|him|her|his|hers|they|them|their|it|its)\b/gi;

/** Put the conversation's focus in place of pronouns. */
export function resolvePronouns(question: string, focus?: string): string {
  if (!focus) return question;
  return question.replace(PRONOUNS, (p) => (/^(his|her|hers|their|its)$/i.test(p) ? `${focus}'s` : focus));
}

/** Tell each passage which events its article reports (article-level coreference for "the forum"). */
function setAbout(passages: Passage[], kb: Knowledge): void {
  const about = new Map<string, Set<string>>();
  for (const e of kb.events) {
    for (const p of e.passages) {
      const set = about.get(p.article.id) ?? new Set<string>();
      set.add(e.name);
      if (e.acronym) set.add(e.acronym);
      about.set(p.article.id, set);
    }
  }
  for (const p of passages) p.about = [...(about.get(p.article.id) ?? [])].join(" ");
}

export class Engine {
  readonly index: PassageIndex;
  readonly knowledge: Knowledge;
  readonly scorer: TermScorer;

  /** Where this engine's index came from: built now, or restored from a snapshot. */
  readonly source: "build" | "snapshot";

  /** Extract and index the articles, or restore both from a snapshot of the same articles. */
  constructor(
    readonly articles: Article[],
    readonly aliases: CuratedAliases = new Map(),
    restored?: Pick<Snapshot, "knowledge" | "index">,
  ) {
    const passages = chunkArticles(articles);
    this.knowledge = restored ? knowledgeFromPlain(restored.knowledge, passages) : buildKnowledge(passages, aliases);
    setAbout(passages, this.knowledge);
    this.index = new PassageIndex(passages, {}, restored?.index);
    this.scorer = new TermScorer(this.index.vocabulary);
    this.source = restored ? "snapshot" : "build";
  }

  /**
   * Load, validate, extract and index a corpus folder. With `snapshotDir`, a snapshot of the same
   * corpus and code is restored instead of rebuilding, and a fresh build is saved as one.
   */
  static async load(dir: string, options: LoadOptions = {}): Promise<Engine> {
    const [articles, aliases] = await Promise.all([loadCorpus(dir), loadAliases(dir)]);
    return Engine.from(articles, aliases, options);
  }

  /** An engine for loaded articles: from the snapshot folder when one is given, else built. */
  private static from(articles: Article[], aliases: CuratedAliases, options: LoadOptions): Promise<Engine> | Engine {
    return options.snapshotDir ? Engine.withSnapshot(articles, aliases, options.snapshotDir) : new Engine(articles, aliases);
  }

  static async withSnapshot(articles: Article[], aliases: CuratedAliases, snapshotDir: string): Promise<Engine> {
    const key = await snapshotKey(articles, aliases);
    const stored = await readSnapshot(snapshotDir, key);
    if (stored) {
      try {
        return new Engine(articles, aliases, stored);
      } catch {
        // An inconsistent snapshot is rebuilt below.
      }
    }
    const engine = new Engine(articles, aliases);
    await writeSnapshot(snapshotDir, { format: 1, key, ...engine.toSnapshot() });
    return engine;
  }

  /** The built index and knowledge as plain data. */
  toSnapshot(): Pick<Snapshot, "knowledge" | "index"> {
    return { knowledge: knowledgeToPlain(this.knowledge), index: this.index.toSnapshot() };
  }

  /** Questions the corpus answers well: for help texts and empty states. */
  examples(limit = 6): string[] {
    return suggestions(this.knowledge, this.scorer, "", limit);
  }

  /** A new engine for the folder's current files; bad files are reported and keep their last good version. */
  static async reload(
    dir: string,
    previous: Engine,
    report: (err: CorpusError) => void,
    options: LoadOptions = {},
  ): Promise<Engine> {
    const articles = await reloadCorpus(dir, previous.articles, report);
    let aliases = previous.aliases;
    try {
      aliases = await loadAliases(dir);
    } catch (err) {
      if (!(err instanceof CorpusError)) throw err;
      report(err);
    }
    return Engine.from(articles, aliases, options);
  }

  answer(question: string, options: AskOptions = {}): Answer {
    const asked = cleanQuestion(resolvePronouns(question, options.focus));
    const intent = understand(asked);
    const ctx: HandlerContext = { kb: this.knowledge, index: this.index, scorer: this.scorer, question: asked };
    const draft = this.draft(ctx, intent);
    const confident = !!draft?.answer && draft.answer.length <= MAX_ANSWER_CHARS;
    const terms = contentTerms(asked);
    const hits = this.index
      .queryTerms(terms, 20)
      .filter((h) => this.scorer.coverage(terms, this.scorer.ownTermsOf(h.passage)) >= (confident ? 0.3 : 0.5));
    return {
      query: question,
      answer: confident ? (draft?.answer ?? "") : "",
      facts: confident ? (draft?.facts ?? []) : [],
      passages: gatherPassages(confident ? (draft?.evidence ?? []) : [], hits),
      suggestions: confident
        ? (draft?.suggestions ?? [])
        : (draft?.suggestions ?? suggestions(this.knowledge, this.scorer, asked)),
      intent: intent.kind,
      ...(confident && draft?.focus ? { focus: draft.focus } : {}),
    };
  }

  private draft(ctx: HandlerContext, intent: Intent): Draft | undefined {
    switch (intent.kind) {
      case "who_is":
        return whoIs(ctx, intent.target) ?? this.entity(ctx, intent.target) ?? this.nameSearch(ctx, intent.target);
      case "role_of":
        return roleOf(ctx, intent.role, intent.org) ?? freeText(ctx, ctx.question, 0.8);
      case "what_is":
        return whatIs(ctx, intent.target) ?? freeText(ctx, ctx.question, 0.8);
      case "when":
        return when(ctx, intent.target) ?? freeText(ctx, ctx.question, 0.8);
      case "where":
        return where(ctx, intent.target) ?? freeText(ctx, ctx.question, 0.8);
      case "theme":
        return theme(ctx, intent.target);
      case "how_many":
        return howMany(ctx, intent.target);
      case "period":
        return inPeriod(ctx, intent.period);
      case "who_did":
        return (
          whoDid(ctx, intent.verb, intent.rest) ?? hostedBy(ctx, intent.verb, intent.rest) ?? freeText(ctx, ctx.question, 0.7)
        );
      case "activity":
        return activity(ctx, intent.person, intent.topic, intent.said);
      case "search":
        return this.entity(ctx, intent.text) ?? freeText(ctx, intent.text);
    }
  }

  /** A bare name of a person, organisation or event. */
  private entity(ctx: HandlerContext, text: string): Draft | undefined {
    if (findPeople(ctx.kb, text).length > 0) return whoIs(ctx, text);
    if (findOrg(ctx.kb, text) || findEvents(ctx.kb, ctx.scorer, text, 0.9).length > 0) return whatIs(ctx, text);
    return undefined;
  }

  /** "who is X" for a name the extractors never saw as a person: only if the corpus has every word of it. */
  private nameSearch(ctx: HandlerContext, target: string): Draft | undefined {
    const terms = contentTerms(target);
    if (terms.length === 0 || ctx.scorer.unknown(terms).length > 0) return undefined;
    const d = definition(ctx, target);
    return d ? { ...d, answer: compress(d.evidence[0].text, [target]) } : undefined;
  }
}
