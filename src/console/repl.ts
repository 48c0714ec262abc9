/** The local console: type a question (or `/cast <question>`), read the answer. Keeps the thread's focus. */
import { createInterface } from "node:readline";
import type { Engine } from "../answer/engine.js";
import { renderText } from "../render/text.js";

export async function runConsole(engine: Engine, input = process.stdin, output = process.stdout): Promise<void> {
  const rl = createInterface({ input, output, terminal: input.isTTY ?? false, prompt: "cast> " });
  let focus: string | undefined;
  output.write(`cast-bot console: ${engine.articles.length} articles. Ask a question, or /cast help. Ctrl-D quits.\n`);
  rl.prompt();
  for await (const line of rl) {
    const question = line.replace(/^\/cast\b\s*/, "").trim();
    if (question) {
      const answer = engine.answer(question, { focus });
      focus = answer.focus ?? focus;
      output.write(`${renderText(answer)}\n\n`);
    }
    rl.prompt();
  }
}
