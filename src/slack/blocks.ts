/** Answer → Block Kit message (with a plain-text fallback), within Slack's limits by construction. */
import type { types } from "@slack/bolt";
import type { Answer } from "../answer/types.js";
import type { Article } from "../corpus/article.js";
import { escapeMrkdwn } from "./escape.js";
import { clamp, LIMITS } from "./limits.js";

export interface SlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

/** Every message the bot posts: no link or media previews. */
export const POST_DEFAULTS = { unfurl_links: false, unfurl_media: false } as const;

export const ACTIONS = {
  share: "share_answer",
  feedbackUp: "feedback_up",
  feedbackDown: "feedback_down",
  suggestion: "ask_suggestion",
} as const;

/** Passages in Slack are cut to stay readable (the JSON of the CLI keeps them whole). */
const PASSAGE_CHARS = 300;

export const section = (mrkdwn: string): types.SectionBlock => ({
  type: "section",
  text: { type: "mrkdwn", text: clamp(mrkdwn, LIMITS.sectionText) },
});
export const context = (...mrkdwn: string[]): types.ContextBlock => ({
  type: "context",
  elements: mrkdwn.slice(0, LIMITS.contextElements).map((t) => ({ type: "mrkdwn", text: clamp(t, LIMITS.sectionText) })),
});
export const header = (plain: string): types.KnownBlock => ({
  type: "header",
  text: { type: "plain_text", text: clamp(plain, LIMITS.headerText) },
});
export const button = (text: string, actionId: string, value: string, style?: "primary" | "danger"): types.Button => ({
  type: "button",
  text: { type: "plain_text", text: clamp(text, LIMITS.buttonText), emoji: true },
  action_id: actionId,
  value: value.slice(0, LIMITS.buttonValue),
  ...(style ? { style } : {}),
});
const actions = (elements: types.Button[]): types.ActionsBlock => ({
  type: "actions",
  elements: elements.slice(0, LIMITS.actionsElements),
});

/** Never more than 50 blocks; the last one says what was left out. */
export function message(text: string, blocks: types.KnownBlock[]): SlackMessage {
  const fitted =
    blocks.length <= LIMITS.blocks
      ? blocks
      : [...blocks.slice(0, LIMITS.blocks - 1), context(`_${blocks.length - LIMITS.blocks + 1} more blocks left out_`)];
  return { text: clamp(text, LIMITS.fallbackText), blocks: fitted };
}

const cite = (p: { title: string; date?: string }) => `_${escapeMrkdwn(p.title)}_${p.date ? ` · ${p.date}` : ""}`;

export interface AnswerMessageOptions {
  /** Show Share / feedback / suggestion buttons (ephemeral replies). */
  interactive: boolean;
  /** Slack user ID who asked, for answers shared in a channel. */
  askedBy?: string;
}

/** Messages of answers already rendered: the bot answers repeated questions from memory. */
const rendered = { interactive: new WeakMap<Answer, SlackMessage>(), plain: new WeakMap<Answer, SlackMessage>() };

export function answerMessage(a: Answer, options: AnswerMessageOptions): SlackMessage {
  if (options.askedBy) return renderAnswer(a, options);
  const memo = options.interactive ? rendered.interactive : rendered.plain;
  let m = memo.get(a);
  if (!m) {
    m = renderAnswer(a, options);
    memo.set(a, m);
  }
  return m;
}

function renderAnswer(a: Answer, options: AnswerMessageOptions): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  if (options.askedBy) blocks.push(context(`<@${options.askedBy}> asked: ${escapeMrkdwn(a.query)}`));
  const direct = a.answer || "I don't know that from the articles I have.";
  blocks.push(section(a.answer ? `*${escapeMrkdwn(direct)}*` : escapeMrkdwn(direct)));
  if (a.facts.length) {
    const lines = a.facts
      .slice(0, 8)
      .map((f) => `• ${escapeMrkdwn(f.subject)} — _${escapeMrkdwn(f.relation)}_ — ${escapeMrkdwn(f.object)}`);
    blocks.push(section(`*Facts*\n${lines.join("\n")}`));
  }
  const shown = a.passages.slice(0, 3);
  if (shown.length) {
    blocks.push({ type: "divider" });
    for (const p of shown) {
      blocks.push(section(`> ${escapeMrkdwn(clamp(p.text, PASSAGE_CHARS)).replace(/\n/g, "\n> ")}`));
      const also = p.alsoIn?.length ? ` · also in ${p.alsoIn.map(cite).join(", ")}` : "";
      blocks.push(context(`${cite(p)}${also}`));
    }
  }
  if (!a.answer && a.suggestions.length) {
    blocks.push(
      section(
        options.interactive
          ? "*I can tell you about:*"
          : `*I can tell you about:* ${a.suggestions.map(escapeMrkdwn).join(" · ")}`,
      ),
    );
    if (options.interactive)
      blocks.push(actions(a.suggestions.slice(0, 5).map((s, i) => button(s, `${ACTIONS.suggestion}_${i}`, s))));
  }
  if (options.interactive) {
    const buttons = [button("👍", ACTIONS.feedbackUp, a.query), button("👎", ACTIONS.feedbackDown, a.query)];
    if (a.answer) buttons.unshift(button("Share in channel", ACTIONS.share, a.query, "primary"));
    blocks.push(actions(buttons));
  }
  // The fallback is shown in notifications and parsed for mentions too: escaped like the blocks.
  const fallback = escapeMrkdwn(
    [direct, ...a.passages.slice(0, 1).map((p) => `Source: ${p.title}${p.date ? ` (${p.date})` : ""}`)].join("\n"),
  );
  return message(fallback, blocks);
}

/** Usage, with example questions drawn from what the corpus knows. */
export function helpMessage(examples: string[]): SlackMessage {
  return message(`cast-bot: ask about CAST and its partners.${examples[0] ? ` Try /cast ${examples[0]}` : ""}`, [
    header("cast-bot answers from the CAST news articles"),
    section(
      `Ask with \`/cast <question>\`, mention me in a channel, or send me a direct message. In a thread where I answered, just keep asking: I follow along, pronouns included.\n\n*Examples*\n${examples.map((e) => `• \`/cast ${escapeMrkdwn(e)}\``).join("\n")}`,
    ),
    section(
      "*Also*\n• `/cast sources`: the articles I know\n• `/cast digest`: preview today's digest · `/cast digest on [HH:MM]` / `/cast digest off` in a channel\n• `/cast help`: this message",
    ),
  ]);
}

export function sourcesMessage(articles: Article[]): SlackMessage {
  const lines = articles.map(
    (a) => `• ${escapeMrkdwn(a.title)}${a.date ? ` · ${a.date}` : ""}${a.source ? ` · ${escapeMrkdwn(a.source)}` : ""}`,
  );
  const chunks: string[] = [];
  for (const line of lines) {
    const last = chunks[chunks.length - 1];
    if (last !== undefined && last.length + line.length + 1 <= LIMITS.sectionText) chunks[chunks.length - 1] = `${last}\n${line}`;
    else chunks.push(line);
  }
  return message(`I know ${articles.length} articles.`, [header(`${articles.length} articles`), ...chunks.map(section)]);
}

export function noticeMessage(text: string): SlackMessage {
  return message(escapeMrkdwn(text), [section(escapeMrkdwn(text))]);
}
