/** Answer → plain text, for the CLI and the local console. */
import { fitWithin } from "../answer/compress.js";
import type { Answer, PassageRow } from "../answer/types.js";

/** Passages are shown whole in JSON; in text, long ones are cut so the answer stays readable. */
const PASSAGE_CHARS = 280;

const cite = (p: { title: string; date?: string }) => `${p.title}${p.date ? `, ${p.date}` : ""}`;

function passageLine(p: PassageRow, i: number): string {
  const also = p.alsoIn?.length ? `\n     also in: ${p.alsoIn.map(cite).join("; ")}` : "";
  return `  ${i + 1}. "${fitWithin(p.text, PASSAGE_CHARS)}"\n     — ${cite(p)}${also}`;
}

export function renderText(a: Answer): string {
  const out: string[] = [];
  if (a.answer) out.push(a.answer);
  else out.push("I don't know that from the articles I have.");
  if (a.facts.length) {
    out.push("", "Facts:");
    for (const f of a.facts.slice(0, 8)) out.push(`  • ${f.subject} — ${f.relation} — ${f.object}`);
  }
  if (a.passages.length) {
    out.push("", a.answer ? "Sources:" : "Closest passages:");
    for (const [i, p] of a.passages.entries()) out.push(passageLine(p, i));
  }
  if (a.suggestions.length) {
    out.push("", "Try:");
    for (const s of a.suggestions) out.push(`  • ${s}`);
  }
  return out.join("\n");
}

/** The JSON shape of the CLI: exactly the documented fields. */
export function toJson(a: Answer): object {
  return { query: a.query, answer: a.answer, facts: a.facts, passages: a.passages, suggestions: a.suggestions };
}
