/**
 * `npm run ask -- "who is Huai Jinpeng"`: answer one question.
 * `--json`: one JSON object. `--jsonl`: questions from stdin, one JSON object per line, in order.
 * `--corpus DIR` (or CORPUS_DIR) chooses the corpus folder.
 */
import { createInterface } from "node:readline";
import { Engine } from "../answer/engine.js";
import { renderText, toJson } from "../render/text.js";
import { cliArgs, corpusDir } from "./args.js";
import { runCli } from "./run.js";

const USAGE = `usage: npm run ask -- [--json] [--corpus DIR] "question"
       npm run ask -- --jsonl [--corpus DIR] < questions.txt`;

runCli(async () => {
  const { values, positionals } = cliArgs(process.argv.slice(2));
  if (values.help || (!values.jsonl && positionals.length === 0)) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const engine = await Engine.load(corpusDir(values.corpus));
  if (values.jsonl) {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line.trim()) process.stdout.write(`${JSON.stringify(toJson(engine.answer(line.trim())))}\n`);
    }
    return 0;
  }
  const answer = engine.answer(positionals.join(" "));
  console.log(values.json ? JSON.stringify(toJson(answer), null, 2) : renderText(answer));
  return 0;
});
