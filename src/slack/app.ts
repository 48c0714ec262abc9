/** The Bolt app: Socket Mode or HTTP (with /healthz), listeners registered. */

import type { webApi } from "@slack/bolt";
import { App, type Logger } from "@slack/bolt";
import type { Config } from "../config.js";
import type { Bot } from "./bot.js";
import type { DigestCommands } from "./digest-commands.js";
import { registerListeners } from "./listeners/index.js";

export interface SlackAppOptions {
  config: Config;
  bot: Bot;
  logger: Logger;
  digest?: DigestCommands;
  /** Web API client settings: retries, timeouts (tests make them fast). */
  clientOptions?: webApi.WebClientOptions;
}

/** Retry a failed Web API call a few times with backoff, not the client's default half hour. */
const RETRIES = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 4000 };

export function createSlackApp({ config, bot, logger, digest, clientOptions }: SlackAppOptions): App {
  const common = {
    token: config.botToken,
    logger,
    ignoreSelf: true,
    // The bot keeps its own thread memory; Bolt's conversation store would only cost time.
    convoStore: false as const,
    clientOptions: { retryConfig: RETRIES, ...(config.slackApiUrl ? { slackApiUrl: config.slackApiUrl } : {}), ...clientOptions },
  };
  const app =
    config.mode === "socket"
      ? // The Socket Mode client reads its Web API settings (apps.connections.open) from here.
        new App({
          ...common,
          appToken: config.appToken,
          socketMode: true,
          installerOptions: { clientOptions: common.clientOptions },
        })
      : new App({
          ...common,
          signingSecret: config.signingSecret,
          endpoints: "/slack/events",
          customRoutes: [
            {
              path: "/healthz",
              method: ["GET"],
              handler: (_req, res) => {
                res.writeHead(200, { "content-type": "application/json" });
                res.end(JSON.stringify({ ok: true, articles: bot.engine.articles.length }));
              },
            },
          ],
        });

  registerListeners(app, bot, digest);
  app.error(async (error) => {
    logger.error("unhandled error in a listener:", error);
  });
  return app;
}
