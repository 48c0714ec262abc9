/**
 * When to run: croner jobs at each subscribed time, in the configured zone (croner handles DST:
 * a time skipped by the spring change fires at the next valid minute), plus a sweep every 15
 * minutes that catches retries and subscriptions changed in Slack. Every run is idempotent.
 */
import { Cron } from "croner";
import type { DigestService } from "./service.js";

export interface Schedule {
  /** Rebuild the jobs after subscriptions change. */
  refresh(): void;
  stop(): void;
}

export function startSchedule(service: DigestService, onError: (err: unknown) => void): Schedule {
  let jobs: Cron[] = [];
  const run = () => {
    service.runDue().catch(onError);
  };
  const refresh = () => {
    for (const j of jobs) j.stop();
    const times = [...new Set(service.subscriptions().map((s) => s.time))];
    jobs = [
      ...times.map((t) => {
        const [h, m] = t.split(":").map(Number);
        return new Cron(`${m} ${h} * * *`, { timezone: service.timeZone, protect: true }, run);
      }),
      new Cron("*/15 * * * *", { timezone: service.timeZone, protect: true }, run),
    ];
  };
  refresh();
  run();
  return {
    refresh,
    stop: () => {
      for (const j of jobs) j.stop();
    },
  };
}
