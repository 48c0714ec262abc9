/** `/cast digest …` subcommands, provided by the digest module when it runs. */
import type { SlackMessage } from "./blocks.js";

export interface DigestCommands {
  /** `args` is what follows "digest": "", "on 08:30", "off". */
  handle(args: string, channel: string): Promise<SlackMessage>;
}
