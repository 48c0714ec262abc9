/**
 * The local console: the same `/cast` command and the same Block Kit message Slack would get,
 * rendered as text. A plain line is a question; the console is one conversation, so "he" works.
 */
import { createInterface } from "node:readline";
import type { Bot } from "../slack/bot.js";
import type { DigestCommands } from "../slack/digest-commands.js";
import { messageToText } from "../slack/text.js";

const CONVERSATION = { channel: "console", thread: "console" };

export async function runConsole(
  bot: Bot,
  digest?: DigestCommands,
  input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const rl = createInterface({ input, output, terminal: input.isTTY ?? false, prompt: "cast> " });
  output.write(
    `cast-bot console (no Slack tokens set): ${bot.engine.articles.length} articles. Type a question or /cast help. Ctrl-D quits.\n`,
  );
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text) {
      const result = bot.command(text.replace(/^\/cast\b\s*/, ""), "console", CONVERSATION);
      const message =
        result.kind === "message" ? result.message : digest ? await digest.handle(result.args, "console") : undefined;
      output.write(`${message ? messageToText(message) : "The digest is not available in this mode."}\n\n`);
    }
    rl.prompt();
  }
}
