/** Block Kit → plain text, so the console shows the very message Slack would. */
import type { types } from "@slack/bolt";
import type { SlackMessage } from "./blocks.js";

const unescapeMrkdwn = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\u2060/g, "");
const plain = (s: string) =>
  unescapeMrkdwn(s)
    .replace(/(^|\s)\*([^*\n]+)\*/g, "$1$2")
    .replace(/(^|\s)_([^_\n]+)_/g, "$1$2");

function blockText(block: types.KnownBlock): string {
  switch (block.type) {
    case "header":
      return `== ${block.text.text} ==`;
    case "section":
      return plain(block.text?.text ?? "");
    case "context":
      return `   ${block.elements.map((e: types.ContextBlockElement) => ("text" in e && typeof e.text === "string" ? plain(e.text) : "")).join("  ")}`;
    case "divider":
      return "────────";
    case "actions":
      return block.elements.map((e: types.ActionsBlockElement) => (e.type === "button" ? `[${e.text.text}]` : "")).join(" ");
    default:
      return "";
  }
}

export function messageToText(m: SlackMessage): string {
  return m.blocks.map(blockText).filter(Boolean).join("\n");
}
