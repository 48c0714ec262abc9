/** Buttons on an ephemeral answer: share it in the channel, vote on it, ask a suggested question. */
import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { ACTIONS, answerMessage, context, noticeMessage } from "../blocks.js";
import type { Bot } from "../bot.js";
import { SORRY } from "../bot.js";
import { POST_DEFAULTS } from "./reply.js";

export function registerActions(app: App, bot: Bot): void {
  app.action<BlockAction<ButtonAction>>(ACTIONS.share, async ({ ack, body, action, client, respond, logger }) => {
    await ack();
    const channel = body.channel?.id;
    if (!channel) return;
    try {
      const answer = bot.answer(action.value ?? "");
      await client.chat.postMessage({
        channel,
        ...answerMessage(answer, { interactive: false, askedBy: body.user.id }),
        ...POST_DEFAULTS,
      });
      await respond({ replace_original: true, ...noticeMessage("Shared in the channel.") });
    } catch (err) {
      logger.error("share failed:", err);
      const code = (err as { data?: { error?: string } }).data?.error;
      const text =
        code === "not_in_channel" || code === "channel_not_found"
          ? "I can't post in this channel: invite me first (/invite)."
          : SORRY;
      await respond({ replace_original: false, response_type: "ephemeral", text }).catch(() => undefined);
    }
  });

  for (const [actionId, vote] of [
    [ACTIONS.feedbackUp, "up"],
    [ACTIONS.feedbackDown, "down"],
  ] as const) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, action, respond, logger }) => {
      await ack();
      try {
        const question = action.value ?? "";
        await bot.vote(question, vote);
        const answer = answerMessage(bot.answer(question), { interactive: false });
        await respond({
          replace_original: true,
          text: answer.text,
          blocks: [...answer.blocks, context("Thanks for the feedback!")],
        });
      } catch (err) {
        logger.error("feedback failed:", err);
        await respond({ replace_original: false, response_type: "ephemeral", text: SORRY }).catch(() => undefined);
      }
    });
  }

  app.action<BlockAction<ButtonAction>>(
    new RegExp(`^${ACTIONS.suggestion}_\\d+$`),
    async ({ ack, action, body, respond, logger }) => {
      await ack();
      try {
        const wait = bot.limit(body.user.id);
        const message =
          wait > 0 ? bot.limitedMessage(wait) : answerMessage(bot.answer(action.value ?? ""), { interactive: true });
        await respond({ replace_original: false, response_type: "ephemeral", ...message });
      } catch (err) {
        logger.error("suggestion failed:", err);
        await respond({ replace_original: false, response_type: "ephemeral", text: SORRY }).catch(() => undefined);
      }
    },
  );
}
