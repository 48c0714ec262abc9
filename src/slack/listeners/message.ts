/**
 * Plain messages: direct messages are answered like mentions; in channels, only follow-ups in a
 * thread the bot answered in. Its own messages, other bots, edits and other subtypes are ignored.
 */
import type { Logger, webApi } from "@slack/bolt";
import type { Bot } from "../bot.js";
import { reply } from "./reply.js";

export interface MessageEvent {
  subtype?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  channel: string;
  channel_type?: string;
  thread_ts?: string;
}

export async function onMessage(
  bot: Bot,
  message: MessageEvent,
  botUserId: string | undefined,
  client: webApi.WebClient,
  logger: Logger,
): Promise<void> {
  if (message.subtype !== undefined) return;
  if (message.bot_id || !message.user || message.user === botUserId) return;
  const text = message.text ?? "";
  const isDm = message.channel_type === "im";
  // A mention in a channel is the app_mention handler's to answer, not this one's.
  if (!isDm && botUserId && text.includes(`<@${botUserId}>`)) return;
  const thread = message.thread_ts;
  if (isDm) {
    await reply(bot, client, logger, {
      channel: message.channel,
      user: message.user,
      text,
      threadTs: thread,
      conversation: thread ?? "dm",
    });
    return;
  }
  if (thread && bot.threads.get(message.channel, thread)) {
    await reply(bot, client, logger, {
      channel: message.channel,
      user: message.user,
      text,
      threadTs: thread,
      conversation: thread,
    });
  }
}
