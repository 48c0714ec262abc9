/**
 * Everything `npm start` runs, assembled: engine, bot, digest (state, schedule), corpus watcher,
 * and the Slack app for the configured mode. Tests start it whole, with a fake Slack and a clock.
 */
import type { Server } from "node:http";
import type { App, Logger, webApi } from "@slack/bolt";
import { Engine } from "./answer/engine.js";
import type { Config } from "./config.js";
import type { CorpusError } from "./corpus/errors.js";
import { watchFolder } from "./corpus/watch.js";
import { digestCommands } from "./digest/commands.js";
import { type Schedule, startSchedule } from "./digest/schedule.js";
import { DigestService } from "./digest/service.js";
import { createSlackApp } from "./slack/app.js";
import { Bot } from "./slack/bot.js";
import type { DigestCommands } from "./slack/digest-commands.js";
import { FileFeedback } from "./store/feedback.js";
import { FileStateStore, type StateStore } from "./store/state.js";

export interface RuntimeOptions {
  logger: Logger;
  /** Web API client settings (tests make retries fast). */
  clientOptions?: webApi.WebClientOptions;
  now?: () => Date;
  digestRetry?: { attempts: number; baseMs: number };
  store?: StateStore;
  /** Run the croner schedule (off in tests that drive the clock themselves). */
  schedule?: boolean;
  watchDebounceMs?: number;
  /** HTTP mode: where to listen (default: PORT on all interfaces). */
  listen?: { port: number; host?: string };
  /** Answers remembered per engine (default 2000; 0: none). */
  answerCacheSize?: number;
}

export interface Runtime {
  bot: Bot;
  engine(): Engine;
  digest: DigestService;
  commands: DigestCommands;
  app?: App;
  /** HTTP mode: the listening server. */
  server?: Server;
  /** Rebuild the engine from the corpus folder (the watcher calls this). */
  reload(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRuntime(config: Config, options: RuntimeOptions): Promise<Runtime> {
  const { logger } = options;
  const snapshot = { snapshotDir: config.dataDir };
  let engine = await Engine.load(config.corpusDir, snapshot);
  const store = options.store ?? new FileStateStore(config.dataDir, (m) => logger.error(m));
  const bot = new Bot({
    engine,
    feedback: new FileFeedback(config.dataDir),
    rateLimitPerMinute: config.rateLimitPerMinute,
    answerCacheSize: options.answerCacheSize,
  });

  let app: App | undefined;
  let server: Server | undefined;
  let schedule: Schedule | undefined;
  if (config.mode !== "console") {
    app = createSlackApp({
      config,
      bot,
      logger,
      clientOptions: options.clientOptions,
      digest: { handle: (a, c) => commands.handle(a, c) },
    });
  }
  const digest = await DigestService.open({
    store,
    engine: () => engine,
    client: app?.client,
    defaults: config.digest,
    logger,
    now: options.now,
    retry: options.digestRetry,
  });
  const commands = digestCommands(digest, () => schedule?.refresh());
  bot.onQuestion = (q, answered) => digest.recordQuestion(q, answered);

  let reloading: Promise<void> = Promise.resolve();
  const reload = () => {
    reloading = reloading.then(async () => {
      try {
        const report = (err: CorpusError) => logger.error(`corpus: ${err.message} (skipped; the previous version is kept)`);
        const next = await Engine.reload(config.corpusDir, engine, report, snapshot);
        await digest.noteArticles(next.articles);
        engine = next;
        bot.setEngine(next);
        logger.info(`corpus reloaded: ${next.articles.length} articles`);
      } catch (err) {
        logger.error("corpus reload failed; still serving the previous index:", err);
      }
    });
    return reloading;
  };
  const watcher = watchFolder(config.corpusDir, () => void reload(), options.watchDebounceMs);

  if (app) {
    if (config.mode === "http") server = (await app.start(options.listen ?? config.port)) as Server;
    else await app.start();
    if (options.schedule !== false) schedule = startSchedule(digest, (err) => logger.error("digest run failed:", err));
  }
  return {
    bot,
    engine: () => engine,
    digest,
    commands,
    app,
    server,
    reload,
    stop: async () => {
      watcher.close();
      schedule?.stop();
      await digest.flush();
      await app?.stop();
    },
  };
}
