import { basename, extname } from "node:path";
import { parse as parseYaml } from "yaml";
import type { Article } from "./article.js";
import { CorpusError } from "./errors.js";
import { FrontMatterSchema } from "./schema.js";

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parse one corpus file's text into an Article, or throw a CorpusError naming file and field. */
export function parseArticle(file: string, text: string): Article {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new CorpusError(file, "missing YAML front matter (a block between --- lines)");
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (err) {
    const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new CorpusError(file, `bad YAML${line ? ` at line ${line + 1}` : ""}: ${firstLine(err)}`);
  }
  if (data instanceof Date) data = undefined;
  const parsed = FrontMatterSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "front matter");
    const message = issue.code === "invalid_type" && issue.input === undefined ? "is required" : issue.message;
    throw new CorpusError(file, `${field}: ${message}`);
  }
  const body = text.slice(match[0].length);
  if (!body.trim()) throw new CorpusError(file, "body: is empty");
  const { origin: _origin, ...meta } = parsed.data;
  return { id: basename(file, extname(file)), file, ...meta, body };
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split("\n")[0];
}
