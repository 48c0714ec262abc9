/** `npm start`: load the corpus and serve. Without Slack tokens, a local console. */
import "dotenv/config";
import { Engine } from "./answer/engine.js";
import { corpusDir } from "./cli/args.js";
import { runCli } from "./cli/run.js";
import { runConsole } from "./console/repl.js";

runCli(async () => {
  const engine = await Engine.load(corpusDir());
  await runConsole(engine);
  return 0;
});
