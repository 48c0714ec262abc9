/** Digest → Block Kit, within Slack's limits, with a text fallback. */
import type { types } from "@slack/bolt";
import { context, header, message, type SlackMessage, section } from "../slack/blocks.js";
import { escapeMrkdwn } from "../slack/escape.js";
import { formatIsoDate } from "../text/dates.js";
import type { Digest } from "./compose.js";

const cite = (s?: { title: string; date?: string }) => (s ? `_${escapeMrkdwn(s.title)}_${s.date ? ` · ${s.date}` : ""}` : "");

export function digestMessage(d: Digest): SlackMessage {
  const blocks: types.KnownBlock[] = [header(`CAST digest · ${formatIsoDate(d.date)}`)];
  const summary: string[] = [];
  if (d.newArticles.length) {
    const lines = d.newArticles.map(
      (a) =>
        `• *${escapeMrkdwn(a.title)}*${a.date ? ` · ${a.date}` : ""}${a.source ? ` · ${escapeMrkdwn(a.source)}` : ""}\n   ${escapeMrkdwn(a.summary)}`,
    );
    blocks.push(section(`*New in the corpus*\n${lines.join("\n")}`));
    summary.push(`${d.newArticles.length} new article${d.newArticles.length === 1 ? "" : "s"}`);
  }
  if (d.spotlight) {
    blocks.push(section(`*Spotlight*\n${escapeMrkdwn(d.spotlight.answer)}`));
    if (d.spotlight.source)
      blocks.push(context(`${cite(d.spotlight.source)} · ask \`/cast ${escapeMrkdwn(d.spotlight.question)}\``));
    summary.push(`spotlight: ${d.spotlight.answer}`);
  }
  if (d.onThisDay.length) {
    blocks.push(section(`*On this day*\n${d.onThisDay.map((i) => `• ${escapeMrkdwn(i.text)}`).join("\n")}`));
    summary.push(`${d.onThisDay.length} on this day`);
  }
  if (d.asked) {
    const top = d.asked.top.map((q) => `• ${escapeMrkdwn(q.question)} (${q.count})`).join("\n");
    const unanswered = d.asked.unanswered.map((q) => `• ${escapeMrkdwn(q.question)} (${q.count})`).join("\n");
    blocks.push(section(`*What people asked yesterday*\n${top}${unanswered ? `\n*Could not answer*\n${unanswered}` : ""}`));
  }
  return message(escapeMrkdwn(`CAST digest for ${formatIsoDate(d.date)}: ${summary.join("; ") || "what people asked"}`), blocks);
}
