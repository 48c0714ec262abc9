/** Every surface of the app, registered in one place. */
import type { App } from "@slack/bolt";
import type { Bot } from "../bot.js";
import type { DigestCommands } from "../digest-commands.js";
import { registerActions } from "./actions.js";
import { registerCommand } from "./command.js";
import { registerEvents } from "./events.js";

export function registerListeners(app: App, bot: Bot, digest?: DigestCommands): void {
  registerCommand(app, bot, digest);
  registerEvents(app, bot);
  registerActions(app, bot);
}
