/** `/cast <question>`: answered in the acknowledgement itself, as an ephemeral message. */
import type { App } from "@slack/bolt";
import type { Bot } from "../bot.js";
import { SORRY } from "../bot.js";
import type { DigestCommands } from "../digest-commands.js";

export function registerCommand(app: App, bot: Bot, digest?: DigestCommands): void {
  app.command("/cast", async ({ command, ack, logger, respond }) => {
    try {
      const result = bot.command(command.text, command.user_id, {
        channel: command.channel_id,
        thread: `slash:${command.user_id}`,
      });
      if (result.kind === "message") {
        await ack({ response_type: "ephemeral", ...result.message });
        return;
      }
      if (!digest) {
        await ack({ response_type: "ephemeral", text: "The digest is not available here." });
        return;
      }
      await ack();
      await respond({ response_type: "ephemeral", ...(await digest.handle(result.args, command.channel_id)) });
    } catch (err) {
      logger.error("/cast failed:", err);
      await ack({ response_type: "ephemeral", text: SORRY }).catch(() => respond({ response_type: "ephemeral", text: SORRY }));
    }
  });
}
