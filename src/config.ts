/**
 * Configuration from the environment (dotenv first), validated once. A missing or malformed
 * variable stops start-up with a message naming it. The mode follows from which tokens are set.
 */
import { z } from "zod";
import { TIME_OF_DAY } from "./digest/clock.js";

const blankIsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, "must be a bot token starting with xoxb-")),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, "must be an app-level token starting with xapp-")),
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^[A-Za-z0-9]{16,}$/, "must be the app's signing secret (letters and digits)")),
  SLACK_API_URL: optional(z.url({ protocol: /^https?$/ }).transform((u) => (u.endsWith("/") ? u : `${u}/`))),
  PORT: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).max(65535).default(3000)),
  CORPUS_DIR: z.preprocess(blankIsUnset, z.string().default("corpus")),
  DATA_DIR: z.preprocess(blankIsUnset, z.string().default("data")),
  RATE_LIMIT_PER_MINUTE: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(10000).default(20)),
  LOG_LEVEL: z.preprocess(blankIsUnset, z.enum(["debug", "info", "warn", "error"]).default("info")),
  DIGEST_CHANNELS: z.preprocess(
    blankIsUnset,
    z
      .string()
      .default("")
      .transform((s) =>
        s
          .split(",")
          .map((c) => c.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^[CGD][A-Z0-9]{2,}$/, "must be channel IDs such as C0123ABCD, comma-separated"))),
  ),
  DIGEST_TIME: z.preprocess(blankIsUnset, z.string().regex(TIME_OF_DAY, "must be HH:MM (24-hour)").default("09:00")),
  DIGEST_TZ: z.preprocess(
    blankIsUnset,
    z
      .string()
      .default("UTC")
      .refine((tz) => isTimeZone(tz), "must be an IANA time zone such as Europe/Paris"),
  ),
});

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export type Mode = "socket" | "http" | "console";

export interface Config {
  mode: Mode;
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  slackApiUrl?: string;
  port: number;
  corpusDir: string;
  dataDir: string;
  rateLimitPerMinute: number;
  logLevel: "debug" | "info" | "warn" | "error";
  digest: { channels: string[]; time: string; timeZone: string };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validate the environment into a Config, or throw a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The variable's name alone: "DIGEST_CHANNELS", not "DIGEST_CHANNELS.0".
    throw new ConfigError(`${String(issue.path[0] ?? "environment")}: ${issue.message}`);
  }
  const e = parsed.data;
  let mode: Mode = "console";
  if (e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN) mode = "socket";
    else if (e.SLACK_SIGNING_SECRET) mode = "http";
    else
      throw new ConfigError(
        "SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: one is required with SLACK_BOT_TOKEN (Socket Mode or HTTP)",
      );
  } else if (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) {
    throw new ConfigError("SLACK_BOT_TOKEN: is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set");
  }
  return {
    mode,
    botToken: e.SLACK_BOT_TOKEN,
    appToken: e.SLACK_APP_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    slackApiUrl: e.SLACK_API_URL,
    port: e.PORT,
    corpusDir: e.CORPUS_DIR,
    dataDir: e.DATA_DIR,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    digest: { channels: e.DIGEST_CHANNELS, time: e.DIGEST_TIME, timeZone: e.DIGEST_TZ },
  };
}

/** The configuration as it may be logged: secrets reduced to whether they are set. */
export function describeConfig(c: Config): string {
  const set = (v?: string) => (v ? "set" : "unset");
  return `mode=${c.mode} bot_token=${set(c.botToken)} app_token=${set(c.appToken)} signing_secret=${set(c.signingSecret)} port=${c.port} corpus=${c.corpusDir}${c.slackApiUrl ? ` api=${c.slackApiUrl}` : ""}`;
}
