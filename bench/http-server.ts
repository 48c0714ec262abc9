/**
 * A child process for the HTTP benchmark: `bot` is the real app (runtime, HTTP mode); `bare` is a
 * Bolt app whose /cast only acks. Prints {"port": N} once listening. Environment: SLACK_API_URL
 * (the fake Web API), CORPUS_DIR, DATA_DIR.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";
import { Engine } from "../src/answer/engine.js";
import { loadConfig } from "../src/config.js";
import { startRuntime } from "../src/runtime.js";
import { answerMessage } from "../src/slack/blocks.js";
import { LineLogger } from "../src/slack/logger.js";
import { BENCH_SECRET, BENCH_TOKEN } from "./http-constants.js";

const mode = process.argv[2];
const logger = new LineLogger(() => undefined);
logger.setLevel(LogLevel.ERROR);
let server: Server;
if (mode === "bare" || mode === "bare-payload") {
  // bare-payload acks with the message the bot would send, computed once: it separates the cost of
  // carrying the answer over HTTP from the cost of computing it.
  const payload =
    mode === "bare-payload"
      ? {
          response_type: "ephemeral" as const,
          ...answerMessage((await Engine.load(process.env.CORPUS_DIR ?? "corpus")).answer("who is Huai Jinpeng"), {
            interactive: true,
          }),
        }
      : undefined;
  const app = new App({
    token: BENCH_TOKEN,
    signingSecret: BENCH_SECRET,
    logger,
    clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  });
  app.command("/cast", async ({ ack }) => {
    await ack(payload);
  });
  server = (await app.start({ port: 0, host: "127.0.0.1" })) as Server;
} else {
  const config = loadConfig({
    ...process.env,
    SLACK_BOT_TOKEN: BENCH_TOKEN,
    SLACK_SIGNING_SECRET: BENCH_SECRET,
    PORT: "0",
    RATE_LIMIT_PER_MINUTE: "10000",
  });
  const runtime = await startRuntime(config, {
    logger,
    schedule: false,
    listen: { port: 0, host: "127.0.0.1" },
    answerCacheSize: mode === "bot-uncached" ? 0 : undefined,
  });
  if (!runtime.server) throw new Error("the runtime did not start an HTTP server");
  server = runtime.server;
}
process.once("SIGTERM", () => process.exit(0));
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
