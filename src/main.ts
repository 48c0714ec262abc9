/**
 * `npm start`: validate the environment, load the corpus, then serve. The mode follows from the
 * tokens: Socket Mode, HTTP, or (no tokens) a local console.
 */
import "dotenv/config";
import { runCli } from "./cli/run.js";
import { ConfigError, describeConfig, loadConfig } from "./config.js";
import { runConsole } from "./console/repl.js";
import { startRuntime } from "./runtime.js";
import { redactingLogger } from "./slack/logger.js";

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
  const runtime = await startRuntime(config, { logger });
  if (config.mode === "console") {
    await runConsole(runtime.bot, runtime.commands);
    await runtime.stop();
    return 0;
  }
  logger.info(`cast-bot running: ${describeConfig(config)}, ${runtime.engine().articles.length} articles`);
  const stop = async () => {
    logger.info("stopping");
    await runtime.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return undefined;
});
