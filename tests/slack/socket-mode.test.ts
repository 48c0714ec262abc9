import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import { loadConfig } from "../../src/config.js";
import { createSlackApp } from "../../src/slack/app.js";
import { Bot } from "../../src/slack/bot.js";
import { LineLogger, redactingLogger } from "../../src/slack/logger.js";
import { MemoryFeedback } from "../../src/store/feedback.js";
import { engineFor, SEED_CORPUS } from "../helpers.js";
import { BOT_USER, FakeSlack } from "./fake-slack.js";
import { blockText } from "./harness.js";

/** Smoke test: the real app in Socket Mode against a fake Socket Mode server on loopback. */
describe("Socket Mode", () => {
  const slack = new FakeSlack();
  let wss: WebSocketServer;
  let socket: Promise<WebSocket>;
  const received: Record<string, unknown>[] = [];

  beforeAll(async () => {
    await slack.start();
    wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise((r) => wss.once("listening", r));
    const { port } = wss.address() as AddressInfo;
    slack.answers.set("apps.connections.open", () => ({ ok: true, url: `ws://127.0.0.1:${port}/` }));
    socket = new Promise((resolve) =>
      wss.once("connection", (ws) => {
        ws.on("message", (data) => received.push(JSON.parse(String(data))));
        ws.send(
          JSON.stringify({
            type: "hello",
            num_connections: 1,
            connection_info: { app_id: "A0001" },
            debug_info: { host: "test" },
          }),
        );
        resolve(ws);
      }),
    );
  });
  afterAll(async () => {
    wss.close();
    await slack.stop();
  });

  const ackFor = async (envelopeId: string) => {
    const end = Date.now() + 5000;
    while (Date.now() < end) {
      const ack = received.find((m) => m.envelope_id === envelopeId);
      if (ack) return ack;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no ack for ${envelopeId}`);
  };

  it("connects with the app token, answers a mention and a slash command", async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-1-2-socket",
      SLACK_APP_TOKEN: "xapp-1-A0001-1-socket",
      SLACK_API_URL: `${slack.url}api/`,
    });
    const bot = new Bot({ engine: await engineFor(SEED_CORPUS), feedback: new MemoryFeedback(), rateLimitPerMinute: 100 });
    const app = createSlackApp({ config, bot, logger: redactingLogger([], "warn", new LineLogger(() => undefined)) });
    await app.start();
    try {
      expect(slack.callsTo("apps.connections.open")[0].authorization).toBe("Bearer xapp-1-A0001-1-socket");
      const ws = await socket;
      ws.send(
        JSON.stringify({
          envelope_id: "env-1",
          type: "events_api",
          accepts_response_payload: false,
          retry_attempt: 0,
          payload: {
            type: "event_callback",
            team_id: "T0001",
            api_app_id: "A0001",
            event_id: "EvSOCK1",
            event: {
              type: "app_mention",
              user: "U0USER1",
              text: `<@${BOT_USER}> who is Gong Ke`,
              ts: "1700000700.000001",
              channel: "C0SOCK",
            },
          },
        }),
      );
      await ackFor("env-1");
      const [post] = await slack.waitFor("chat.postMessage");
      expect(post.body).toMatchObject({ channel: "C0SOCK", thread_ts: "1700000700.000001" });
      expect(blockText(post.body)).toContain("Gong Ke is president");

      ws.send(
        JSON.stringify({
          envelope_id: "env-2",
          type: "slash_commands",
          accepts_response_payload: true,
          payload: {
            command: "/cast",
            text: "what is AAAS",
            user_id: "U0USER1",
            channel_id: "C0SOCK",
            team_id: "T0001",
            response_url: `${slack.url}respond/x`,
          },
        }),
      );
      const ack = (await ackFor("env-2")) as { payload?: { blocks?: unknown[]; response_type?: string } };
      expect(ack.payload?.response_type).toBe("ephemeral");
      expect(blockText(ack.payload ?? {})).toContain("American Association for the Advancement of Science");
    } finally {
      await app.stop();
    }
  });
});
