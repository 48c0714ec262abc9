/** Command-line flags shared by the CLIs, parsed with node:util. */
import { parseArgs } from "node:util";

export function cliArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      corpus: { type: "string" },
      json: { type: "boolean", default: false },
      jsonl: { type: "boolean", default: false },
      min: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
}

/** The corpus folder: --corpus, then CORPUS_DIR, then ./corpus. */
export function corpusDir(flag?: string): string {
  return flag ?? process.env.CORPUS_DIR ?? "corpus";
}
