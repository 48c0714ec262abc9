/** The real Bolt app in HTTP mode on a loopback port, wired to the fake Slack API, with signed requests. */
import { createHmac } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { App } from "@slack/bolt";
import type { Engine } from "../../src/answer/engine.js";
import { loadConfig } from "../../src/config.js";
import { createSlackApp } from "../../src/slack/app.js";
import { type Answerer, Bot } from "../../src/slack/bot.js";
import type { DigestCommands } from "../../src/slack/digest-commands.js";
import { LineLogger, redactingLogger } from "../../src/slack/logger.js";
import { MemoryFeedback } from "../../src/store/feedback.js";
import { FakeSlack } from "./fake-slack.js";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-1234-5678-secretbottoken";

export interface Harness {
  slack: FakeSlack;
  app: App;
  bot: Bot;
  feedback: MemoryFeedback;
  logs: string[];
  baseUrl: string;
  post(path: string, body: string, contentType: string, headers?: Record<string, string>): Promise<Response>;
  command(text: string, user?: string, channel?: string): Promise<Response>;
  event(event: Record<string, unknown>, eventId?: string, headers?: Record<string, string>): Promise<Response>;
  action(actionId: string, value: string, user?: string, channel?: string): Promise<Response>;
  close(): Promise<void>;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

let eventCounter = 0;

export async function startHarness(
  engine: Answerer | Engine,
  options: { rateLimitPerMinute?: number; digest?: DigestCommands } = {},
): Promise<Harness> {
  const slack = new FakeSlack();
  await slack.start();
  const logs: string[] = [];
  const logger = redactingLogger([BOT_TOKEN, SIGNING_SECRET], "debug", new LineLogger((l) => logs.push(l)));
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${slack.url}api/`,
    PORT: "0",
  });
  const feedback = new MemoryFeedback();
  const bot = new Bot({ engine, feedback, rateLimitPerMinute: options.rateLimitPerMinute ?? 100 });
  const app = createSlackApp({
    config,
    bot,
    logger,
    digest: options.digest,
    clientOptions: { retryConfig: { retries: 2, factor: 1, minTimeout: 20, maxTimeout: 50 } },
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as Server;
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  const post = (path: string, body: string, contentType: string, headers: Record<string, string> = {}) => {
    const ts = Math.floor(Date.now() / 1000);
    return fetch(`${baseUrl}${path}`, {
      method: "POST",
      body,
      headers: {
        "content-type": contentType,
        "x-slack-request-timestamp": String(ts),
        "x-slack-signature": sign(body, ts),
        ...headers,
      },
    });
  };
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

  return {
    slack,
    app,
    bot,
    feedback,
    logs,
    baseUrl,
    post,
    command: (text, user = "U0USER1", channel = "C0CHAN1") =>
      post(
        "/slack/events",
        form({
          command: "/cast",
          text,
          user_id: user,
          user_name: "tester",
          channel_id: channel,
          team_id: "T0001",
          response_url: `${slack.url}respond/cmd`,
          trigger_id: "1.2.3",
        }),
        "application/x-www-form-urlencoded",
      ),
    event: (event, eventId = `Ev${++eventCounter}`, headers = {}) =>
      post(
        "/slack/events",
        JSON.stringify({
          token: "x",
          team_id: "T0001",
          api_app_id: "A0001",
          type: "event_callback",
          event_id: eventId,
          event_time: 1,
          event,
        }),
        "application/json",
        headers,
      ),
    action: (actionId, value, user = "U0USER1", channel = "C0CHAN1") =>
      post(
        "/slack/events",
        form({
          payload: JSON.stringify({
            type: "block_actions",
            user: { id: user, username: "tester", team_id: "T0001" },
            team: { id: "T0001" },
            api_app_id: "A0001",
            token: "x",
            container: { type: "message", message_ts: "1.1", channel_id: channel, is_ephemeral: true },
            channel: { id: channel, name: "general" },
            trigger_id: "1.2.3",
            response_url: `${slack.url}respond/action`,
            actions: [
              {
                type: "button",
                action_id: actionId,
                block_id: "b1",
                value,
                text: { type: "plain_text", text: "x" },
                action_ts: "1.2",
              },
            ],
          }),
        }),
        "application/x-www-form-urlencoded",
      ),
    close: async () => {
      await app.stop();
      await slack.stop();
    },
  };
}

/** Run a test against its own harness, closed afterwards whatever happens. */
export async function withHarness(
  engine: Answerer | Engine,
  options: { rateLimitPerMinute?: number; digest?: DigestCommands },
  test: (h: Harness) => Promise<void>,
): Promise<void> {
  const h = await startHarness(engine, options);
  try {
    await test(h);
  } finally {
    await h.close();
  }
}

/** All text in a message's blocks, for assertions. */
export function blockText(body: { blocks?: unknown[]; text?: string }): string {
  return JSON.stringify(body.blocks ?? []) + (body.text ?? "");
}
