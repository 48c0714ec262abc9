/** `/cast digest` (preview), `/cast digest on [HH:MM]`, `/cast digest off`. */
import { context, noticeMessage, type SlackMessage } from "../slack/blocks.js";
import type { DigestCommands } from "../slack/digest-commands.js";
import { isEmpty } from "./compose.js";
import { digestMessage } from "./message.js";
import type { DigestService } from "./service.js";

export function digestCommands(service: DigestService, onSubscriptionsChanged: () => void = () => undefined): DigestCommands {
  return {
    async handle(args: string, channel: string): Promise<SlackMessage> {
      const a = args.trim().toLowerCase();
      if (a === "" || a === "preview") {
        const digest = service.preview(channel);
        if (isEmpty(digest)) return noticeMessage("Nothing to say in today's digest yet.");
        const m = digestMessage(digest);
        return { text: m.text, blocks: [...m.blocks.slice(0, 49), context("Preview: only you can see this.")] };
      }
      const on = /^on(?:\s+(\d{1,2}):(\d{2}))?$/.exec(a);
      if (on || a === "off") {
        if (!service.canPost) return noticeMessage("Digest subscriptions work in Slack channels, not in the console.");
        if (a === "off") {
          const was = await service.unsubscribe(channel);
          onSubscriptionsChanged();
          return noticeMessage(
            was ? "This channel will no longer get the daily digest." : "This channel was not getting the digest.",
          );
        }
        let time: string | undefined;
        if (on?.[1]) {
          const [h, m] = [Number(on[1]), Number(on[2])];
          if (h > 23 || m > 59) return noticeMessage("Give the time as HH:MM, 24-hour, for example /cast digest on 08:30.");
          time = `${String(h).padStart(2, "0")}:${on[2]}`;
        }
        const at = await service.subscribe(channel, time);
        onSubscriptionsChanged();
        return noticeMessage(
          `This channel will get the daily digest at ${at} (${service.timeZone}). Invite me here if I'm not in the channel yet.`,
        );
      }
      return noticeMessage("Usage: /cast digest (preview) · /cast digest on [HH:MM] · /cast digest off");
    },
  };
}
