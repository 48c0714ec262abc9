/** @mention in a channel: the answer goes in a thread under the mention. */
import type { App } from "@slack/bolt";
import type { Bot } from "../bot.js";
import { reply } from "./reply.js";

export function registerMention(app: App, bot: Bot): void {
  app.event("app_mention", async ({ event, client, logger }) => {
    if (event.bot_id || !event.user) return;
    const thread = event.thread_ts ?? event.ts;
    await reply(bot, client, logger, {
      channel: event.channel,
      user: event.user,
      text: event.text,
      threadTs: thread,
      conversation: thread,
    });
  });
}
