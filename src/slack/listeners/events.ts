/**
 * The Events API: mentions and messages share one listener (Bolt runs every listener's matchers on
 * every request, commands included), and each event_id is answered once: Slack retries an event
 * it thinks was slow.
 */
import type { App } from "@slack/bolt";
import type { Bot } from "../bot.js";
import { SeenEvents } from "../memory.js";
import { type MentionEvent, onMention } from "./mention.js";
import { type MessageEvent, onMessage } from "./message.js";

export function registerEvents(app: App, bot: Bot): void {
  const seen = new SeenEvents();
  app.event(/^(?:app_mention|message)$/, async ({ event, body, client, logger, context }) => {
    const id = (body as { event_id?: string }).event_id;
    if (id && !seen.firstTime(id)) {
      logger.debug(`event ${id} already handled; skipping the retry`);
      return;
    }
    if (event.type === "app_mention") await onMention(bot, event as MentionEvent, client, logger);
    else await onMessage(bot, event as MessageEvent, context.botUserId, client, logger);
  });
}
