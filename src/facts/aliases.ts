/**
 * The curated alias file, `corpus/aliases.yml`: what extraction cannot infer, as data.
 *   Canonical Name: [Alias One, Alias Two]
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { CorpusError } from "../corpus/errors.js";
import { ALIASES_FILE } from "../corpus/load.js";

const AliasesSchema = z.record(z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1, "needs at least one alias"));

/** Canonical name → its aliases. */
export type CuratedAliases = Map<string, string[]>;

export function parseAliases(file: string, text: string): CuratedAliases {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (err) {
    throw new CorpusError(file, `bad YAML: ${String((err as Error).message).split("\n")[0]}`);
  }
  const parsed = AliasesSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorpusError(file, `${issue.path.join(".") || "aliases"}: ${issue.message}`);
  }
  return new Map(Object.entries(parsed.data));
}

/** Read `aliases.yml` from the corpus folder; none is fine. */
export async function loadAliases(dir: string): Promise<CuratedAliases> {
  const file = join(dir, ALIASES_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw new CorpusError(file, `cannot read (${(err as NodeJS.ErrnoException).code})`);
  }
  return parseAliases(file, text);
}
