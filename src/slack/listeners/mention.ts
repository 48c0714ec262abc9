/** @mention in a channel: the answer goes in a thread under the mention. */
import type { Logger, webApi } from "@slack/bolt";
import type { Bot } from "../bot.js";
import { reply } from "./reply.js";

export interface MentionEvent {
  user?: string;
  bot_id?: string;
  text: string;
  ts: string;
  thread_ts?: string;
  channel: string;
}

export async function onMention(bot: Bot, event: MentionEvent, client: webApi.WebClient, logger: Logger): Promise<void> {
  if (event.bot_id || !event.user) return;
  const thread = event.thread_ts ?? event.ts;
  await reply(bot, client, logger, {
    channel: event.channel,
    user: event.user,
    text: event.text,
    threadTs: thread,
    conversation: thread,
  });
}
