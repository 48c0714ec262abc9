/**
 * Buttons on an ephemeral answer: share it in the channel, vote on it, ask a suggested question.
 * One listener dispatches them all: Bolt runs every listener's matchers on every request.
 */
import type { AllMiddlewareArgs, App, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { ACTIONS, answerMessage, context, noticeMessage, POST_DEFAULTS } from "../blocks.js";
import type { Bot } from "../bot.js";
import { SORRY } from "../bot.js";

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

const BUTTONS = new RegExp(`^(?:${ACTIONS.share}|${ACTIONS.feedbackUp}|${ACTIONS.feedbackDown}|${ACTIONS.suggestion}_\\d+)$`);

async function share(bot: Bot, { body, action, client, respond }: ButtonArgs): Promise<void> {
  const channel = body.channel?.id;
  if (!channel) return;
  const answer = bot.answer(action.value ?? "");
  try {
    await client.chat.postMessage({
      channel,
      ...answerMessage(answer, { interactive: false, askedBy: body.user.id }),
      ...POST_DEFAULTS,
    });
  } catch (err) {
    const code = (err as { data?: { error?: string } }).data?.error;
    if (code !== "not_in_channel" && code !== "channel_not_found") throw err;
    await respond({
      replace_original: false,
      response_type: "ephemeral",
      text: "I can't post in this channel: invite me first (/invite).",
    });
    return;
  }
  await respond({ replace_original: true, ...noticeMessage("Shared in the channel.") });
}

async function vote(bot: Bot, { action, respond }: ButtonArgs, value: "up" | "down"): Promise<void> {
  const question = action.value ?? "";
  await bot.vote(question, value);
  const answer = answerMessage(bot.answer(question), { interactive: false });
  await respond({ replace_original: true, text: answer.text, blocks: [...answer.blocks, context("Thanks for the feedback!")] });
}

async function suggestion(bot: Bot, { action, body, respond }: ButtonArgs): Promise<void> {
  const wait = bot.limit(body.user.id);
  const message = wait > 0 ? bot.limitedMessage(wait) : answerMessage(bot.answer(action.value ?? ""), { interactive: true });
  await respond({ replace_original: false, response_type: "ephemeral", ...message });
}

export function registerActions(app: App, bot: Bot): void {
  app.action<BlockAction<ButtonAction>>(BUTTONS, async (args) => {
    await args.ack();
    const id = args.action.action_id;
    try {
      if (id === ACTIONS.share) await share(bot, args);
      else if (id === ACTIONS.feedbackUp) await vote(bot, args, "up");
      else if (id === ACTIONS.feedbackDown) await vote(bot, args, "down");
      else await suggestion(bot, args);
    } catch (err) {
      args.logger.error(`button ${id} failed:`, err);
      await args.respond({ replace_original: false, response_type: "ephemeral", text: SORRY }).catch(() => undefined);
    }
  });
}
