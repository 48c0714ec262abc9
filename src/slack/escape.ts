/**
 * Text from the corpus or a user goes into mrkdwn escaped: no answer can ping @channel, @here,
 * a user or a group, or inject a link.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/@(channel|here|everyone)\b/gi, "@\u2060$1");
}
