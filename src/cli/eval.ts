/** `npm run eval [-- FILE.jsonl] [--corpus DIR] [--min N]`: score the engine on a question file. */
import { readFile } from "node:fs/promises";
import { Engine } from "../answer/engine.js";
import { parseEvalFile, scoreCase, summarize } from "../eval/score.js";
import { cliArgs, corpusDir } from "./args.js";
import { runCli } from "./run.js";

runCli(async () => {
  const { values, positionals } = cliArgs(process.argv.slice(2));
  const file = positionals[0] ?? "tests/fixtures/dev.jsonl";
  const cases = parseEvalFile(await readFile(file, "utf8"), file);
  const engine = await Engine.load(corpusDir(values.corpus));
  const summary = summarize(cases.map((c) => scoreCase(c, engine.answer(c.q))));
  for (const [kind, k] of Object.entries(summary.byKind)) console.log(`${kind.padEnd(10)} ${k.passed}/${k.total}`);
  for (const f of summary.failures) console.log(`FAIL ${f.case.id} ${JSON.stringify(f.case.q)}: ${f.reasons.join("; ")}`);
  console.log(`eval: ${summary.passed}/${summary.total} passed`);
  const min = values.min === undefined ? 0 : Number(values.min);
  return summary.passed >= min ? 0 : 1;
});
