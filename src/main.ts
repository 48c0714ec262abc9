/**
 * `npm start`: validate the environment, load the corpus, then serve. The mode follows from the
 * tokens: Socket Mode, HTTP, or (no tokens) a local console.
 */
import "dotenv/config";
import { Engine } from "./answer/engine.js";
import { runCli } from "./cli/run.js";
import { ConfigError, describeConfig, loadConfig } from "./config.js";
import { runConsole } from "./console/repl.js";
import { createSlackApp } from "./slack/app.js";
import { Bot } from "./slack/bot.js";
import { redactingLogger } from "./slack/logger.js";
import { FileFeedback } from "./store/feedback.js";

runCli(async () => {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new Error(`configuration error: ${err.message}`);
    throw err;
  }
  const logger = redactingLogger(
    [config.botToken, config.appToken, config.signingSecret].filter((s): s is string => !!s),
    config.logLevel,
  );
  const engine = await Engine.load(config.corpusDir);
  const bot = new Bot({ engine, feedback: new FileFeedback(config.dataDir), rateLimitPerMinute: config.rateLimitPerMinute });

  if (config.mode === "console") {
    await runConsole(bot);
    return 0;
  }
  const app = createSlackApp({ config, bot, logger });
  await (config.mode === "http" ? app.start(config.port) : app.start());
  logger.info(`cast-bot running: ${describeConfig(config)}, ${engine.articles.length} articles`);
  const stop = async () => {
    logger.info("stopping");
    await app.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return undefined;
});
