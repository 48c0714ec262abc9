import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/** The scope each bot event needs (Slack's Events API reference). */
const SCOPE_OF_EVENT: Record<string, string> = {
  app_mention: "app_mentions:read",
  "message.channels": "channels:history",
  "message.groups": "groups:history",
  "message.im": "im:history",
  "message.mpim": "mpim:history",
};

describe("manifest.yml", async () => {
  const manifest = parse(await readFile(join(import.meta.dirname, "..", "..", "manifest.yml"), "utf8"));

  it("has the required fields of schema version 1", () => {
    expect(manifest._metadata.major_version).toBe(1);
    expect(manifest.display_information.name).toBeTruthy();
    expect(manifest.features.bot_user.display_name).toBeTruthy();
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it("declares /cast with a usage hint", () => {
    const [cast] = manifest.features.slash_commands;
    expect(cast.command).toBe("/cast");
    expect(cast.usage_hint.length).toBeGreaterThan(0);
    expect(cast.description.length).toBeLessThanOrEqual(100);
  });

  it("subscribes to the events the bot listens to, each with its scope, and asks for nothing more", () => {
    const events: string[] = manifest.settings.event_subscriptions.bot_events;
    const scopes: string[] = manifest.oauth_config.scopes.bot;
    expect(events.sort()).toEqual(["app_mention", "message.channels", "message.groups", "message.im"]);
    const needed = new Set([...events.map((e) => SCOPE_OF_EVENT[e]), "chat:write", "commands"]);
    expect(new Set(scopes)).toEqual(needed);
  });
});
