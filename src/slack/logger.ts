/** A console logger that never prints a token or the signing secret, whatever a library logs. */
import { type Logger, LogLevel } from "@slack/bolt";

const SECRET_PATTERNS = [/xox[abposr]-[A-Za-z0-9-]+/g, /xapp-[A-Za-z0-9-]+/g];

export function redact(text: string, secrets: string[] = []): string {
  let out = text;
  for (const re of SECRET_PATTERNS) out = out.replace(re, "[redacted]");
  for (const s of secrets) if (s) out = out.split(s).join("[redacted]");
  return out;
}

const LEVELS: Record<string, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};
const ORDER = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** Lines to stderr with a time, level and name; a line sink can be given (tests read it). */
export class LineLogger implements Logger {
  private level = LogLevel.INFO;
  private name = "cast-bot";
  constructor(private readonly sink: (line: string) => void = (l) => process.stderr.write(`${l}\n`)) {}
  private log(level: LogLevel, msgs: unknown[]) {
    if (ORDER.indexOf(level) < ORDER.indexOf(this.level)) return;
    this.sink(`${new Date().toISOString()} ${level.toUpperCase()} [${this.name}] ${msgs.map(String).join(" ")}`);
  }
  debug(...m: unknown[]) {
    this.log(LogLevel.DEBUG, m);
  }
  info(...m: unknown[]) {
    this.log(LogLevel.INFO, m);
  }
  warn(...m: unknown[]) {
    this.log(LogLevel.WARN, m);
  }
  error(...m: unknown[]) {
    this.log(LogLevel.ERROR, m);
  }
  setLevel(level: LogLevel) {
    this.level = level;
  }
  getLevel() {
    return this.level;
  }
  setName(name: string) {
    this.name = name;
  }
}

/** Wrap a logger so every message passes through redaction. */
export function redactingLogger(secrets: string[], level = "info", inner: Logger = new LineLogger()): Logger {
  inner.setLevel(LEVELS[level] ?? LogLevel.INFO);
  const clean = (msgs: unknown[]) =>
    msgs.map((m) =>
      redact(m instanceof Error ? `${m.name}: ${m.message}\n${m.stack ?? ""}` : typeof m === "string" ? m : safeJson(m), secrets),
    );
  return {
    debug: (...m) => inner.debug(...clean(m)),
    info: (...m) => inner.info(...clean(m)),
    warn: (...m) => inner.warn(...clean(m)),
    error: (...m) => inner.error(...clean(m)),
    setLevel: (l) => inner.setLevel(l),
    getLevel: () => inner.getLevel(),
    setName: (n) => inner.setName(n),
  };
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}
