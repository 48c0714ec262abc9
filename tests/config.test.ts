import { describe, expect, it } from "vitest";
import { describeConfig, loadConfig } from "../src/config.js";

const BOT = "xoxb-1-2-abc";
describe("configuration", () => {
  it("runs the console without Slack tokens, with defaults", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ mode: "console", port: 3000, corpusDir: "corpus", dataDir: "data", rateLimitPerMinute: 20 });
    expect(c.digest).toEqual({ channels: [], time: "09:00", timeZone: "UTC" });
  });

  it("picks Socket Mode or HTTP from the tokens", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: "xapp-1-A-1-x" }).mode).toBe("socket");
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "0123456789abcdef0123", PORT: "8080" })).toMatchObject({
      mode: "http",
      port: 8080,
    });
    expect(loadConfig({ SLACK_BOT_TOKEN: "", SLACK_APP_TOKEN: "" }).mode).toBe("console");
  });

  it.each([
    [{ SLACK_BOT_TOKEN: "xoxp-user" }, /^SLACK_BOT_TOKEN: must be a bot token/],
    [{ SLACK_BOT_TOKEN: BOT }, /^SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: one is required/],
    [{ SLACK_APP_TOKEN: "xapp-1" }, /^SLACK_BOT_TOKEN: is required/],
    [{ PORT: "http" }, /^PORT:/],
    [{ SLACK_API_URL: "not a url" }, /^SLACK_API_URL:/],
    [{ DIGEST_TIME: "9am" }, /^DIGEST_TIME: must be HH:MM/],
    [{ DIGEST_TZ: "Mars/Olympus" }, /^DIGEST_TZ: must be an IANA time zone/],
    [{ DIGEST_CHANNELS: "general" }, /^DIGEST_CHANNELS: must be channel IDs/],
    [{ RATE_LIMIT_PER_MINUTE: "0" }, /^RATE_LIMIT_PER_MINUTE:/],
  ])("refuses %o naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrowError(message);
  });

  it("describes itself without secrets", () => {
    const text = describeConfig(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "0123456789abcdef0123" }));
    expect(text).toContain("mode=http bot_token=set");
    expect(text).not.toContain(BOT);
    expect(text).not.toContain("0123456789abcdef0123");
  });
});
