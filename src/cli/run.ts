/** Run a CLI body: a known error prints one line and exits 1, never a stack trace. */
import { CorpusError } from "../corpus/errors.js";

export function runCli(main: () => Promise<number | undefined>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (err: unknown) => {
      const message =
        err instanceof CorpusError ? `corpus error: ${err.message}` : err instanceof Error ? err.message : String(err);
      console.error(message);
      if (!(err instanceof CorpusError) && process.env.DEBUG) console.error(err);
      process.exitCode = 1;
    },
  );
}
