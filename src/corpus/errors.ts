/** A corpus problem, always naming the file and, where known, the field. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "CorpusError";
  }
}
