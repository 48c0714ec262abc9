/**
 * Paragraph and sentence splitting. Intl.Segmenter breaks after "Mr." and "Nov.", so sentences
 * are cut with a rule that knows common abbreviations and initials.
 */

const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof sr jr st no nos vs etc eg ie jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp gov dept univ fig approx est u.s u.k e.g i.e a.m p.m mt ft".split(
    " ",
  ),
);

/** Markdown bullets and heading marks that are layout, not text. */
const LAYOUT_PREFIX = /^\s*(?:#{1,6}\s+|[•*]\s+|>\s+|-(?=\s|\p{Lu}))\s*/u;

/**
 * Split a body into paragraphs: blank lines always separate; a single newline separates too,
 * unless the line looks hard-wrapped (long, and not ending a sentence), in which case lines join.
 */
export function splitParagraphs(body: string): string[] {
  const paragraphs: string[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    let current = "";
    for (const raw of block.split("\n")) {
      const line = raw.trim();
      if (!line) continue;
      const wrapped = current.length >= 50 && !/[.!?:;"')\]。！？]$/.test(current);
      if (current && wrapped) current = `${current} ${line}`;
      else {
        if (current) paragraphs.push(current);
        current = line;
      }
    }
    if (current) paragraphs.push(current);
  }
  return paragraphs.map((p) => p.replace(LAYOUT_PREFIX, "").trim()).filter(Boolean);
}

/** Split one paragraph into sentences. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  const boundary = /([.!?。！？]+)(["'”’)\]]*)(\s+|(?=\p{Script=Han}))/gu;
  let start = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const end = m.index + m[1].length + m[2].length;
    const next = paragraph.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (!next) break;
    if (m[1] === "." && !isSentenceEnd(paragraph.slice(start, m.index), next)) continue;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = m.index + m[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function isSentenceEnd(before: string, next: string): boolean {
  if (!/[\p{Lu}\p{N}"'“‘(\p{Script=Han}-]/u.test(next)) return false;
  const lastWord = (before.match(/([\p{L}.]+)$/u)?.[1] ?? "").toLowerCase();
  if (ABBREVIATIONS.has(lastWord)) return false;
  // A single capital letter before the period is an initial ("J. Smith").
  if (/(^|\s)\p{Lu}$/u.test(before)) return false;
  return true;
}
