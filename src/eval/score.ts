/** Scoring answers against question files in the format of shared/eval/dev.jsonl. */
import { z } from "zod";
import { type Answer, MAX_ANSWER_CHARS } from "../answer/types.js";
import { containsLoose } from "../text/normalize.js";

export const EvalCaseSchema = z.object({
  id: z.string(),
  q: z.string().min(1),
  answer_has: z.array(z.string()).optional(),
  evidence_has: z.array(z.string()).optional(),
  no_answer: z.boolean().optional(),
});
export type EvalCase = z.infer<typeof EvalCaseSchema>;

export interface EvalResult {
  case: EvalCase;
  kind: "answer" | "no_answer";
  pass: boolean;
  reasons: string[];
  answer: Answer;
}

/** Parse a JSONL question file; a bad line is reported with its number. */
export function parseEvalFile(text: string, file = "questions"): EvalCase[] {
  return text
    .split("\n")
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line)
    .map(({ line, n }) => {
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${n}: not valid JSON`);
      }
      const parsed = EvalCaseSchema.safeParse(data);
      if (!parsed.success)
        throw new Error(`${file}:${n}: ${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}`);
      return parsed.data;
    });
}

/** Every group must match; "a|b" means either. */
const groupMatches = (text: string, group: string) => group.split("|").some((alt) => containsLoose(text, alt));

export function scoreCase(c: EvalCase, answer: Answer): EvalResult {
  const reasons: string[] = [];
  if (c.no_answer) {
    if (answer.answer !== "") reasons.push(`should decline, answered: ${answer.answer}`);
  } else {
    if (!answer.answer) reasons.push("no answer");
    else if (answer.answer.length > MAX_ANSWER_CHARS) reasons.push(`answer is ${answer.answer.length} chars`);
    for (const g of c.answer_has ?? []) if (!groupMatches(answer.answer, g)) reasons.push(`answer lacks "${g}"`);
    const evidence = [
      answer.answer,
      ...answer.facts.map((f) => `${f.subject} ${f.relation} ${f.object} ${f.sentence}`),
      ...answer.passages.slice(0, 3).map((p) => p.text),
    ].join("\n");
    for (const g of c.evidence_has ?? []) if (!groupMatches(evidence, g)) reasons.push(`evidence lacks "${g}"`);
  }
  return { case: c, kind: c.no_answer ? "no_answer" : "answer", pass: reasons.length === 0, reasons, answer };
}

export interface EvalSummary {
  total: number;
  passed: number;
  byKind: Record<string, { total: number; passed: number }>;
  failures: EvalResult[];
}

export function summarize(results: EvalResult[]): EvalSummary {
  const byKind: EvalSummary["byKind"] = {};
  for (const r of results) {
    const k = (byKind[r.kind] ??= { total: 0, passed: 0 });
    k.total++;
    if (r.pass) k.passed++;
  }
  return {
    total: results.length,
    passed: results.filter((r) => r.pass).length,
    byKind,
    failures: results.filter((r) => !r.pass),
  };
}
