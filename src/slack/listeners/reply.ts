/** Answering a message in Slack: rate limit, answer in its thread, remember the thread, apologise on failure. */
import type { Logger, webApi } from "@slack/bolt";
import { answerMessage, POST_DEFAULTS } from "../blocks.js";
import type { Bot } from "../bot.js";
import { SORRY } from "../bot.js";

export interface Incoming {
  channel: string;
  user: string;
  text: string;
  /** Where to answer: the thread's root, or the message itself to start a thread. */
  threadTs?: string;
  /** Conversation key for the focus: the thread, or the DM channel. */
  conversation: string;
}

/** Strip `<@U…>` mentions from the text of a message. */
export const withoutMentions = (text: string) => text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, "").trim();

export async function reply(bot: Bot, client: webApi.WebClient, logger: Logger, m: Incoming): Promise<void> {
  try {
    const wait = bot.limit(m.user);
    if (wait > 0) {
      await client.chat.postEphemeral({ channel: m.channel, user: m.user, thread_ts: m.threadTs, ...bot.limitedMessage(wait) });
      return;
    }
    const question = withoutMentions(m.text);
    const answer = bot.answer(question || "help", { channel: m.channel, thread: m.conversation });
    await client.chat.postMessage({
      channel: m.channel,
      thread_ts: m.threadTs,
      ...answerMessage(answer, { interactive: false }),
      ...POST_DEFAULTS,
    });
  } catch (err) {
    logger.error(`answering in ${m.channel} failed:`, err);
    await client.chat
      .postMessage({ channel: m.channel, thread_ts: m.threadTs, text: SORRY })
      .catch((e) => logger.error("could not apologise:", e));
  }
}
