/** Every surface of the app, registered in one place. */
import type { App } from "@slack/bolt";
import type { Bot } from "../bot.js";
import type { DigestCommands } from "../digest-commands.js";
import { registerActions } from "./actions.js";
import { registerCommand } from "./command.js";
import { registerMention } from "./mention.js";
import { registerMessage } from "./message.js";

export function registerListeners(app: App, bot: Bot, digest?: DigestCommands): void {
  registerCommand(app, bot, digest);
  registerMention(app, bot);
  registerMessage(app, bot);
  registerActions(app, bot);
}
