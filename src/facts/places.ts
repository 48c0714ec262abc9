/** Place phrases after "in"/"at": "in Southwest China's Sichuan province and Northwest China's Shaanxi province". */
import { MONTH_ALT } from "../text/dates.js";
import { EVENT_HEADS, ORG_HEADS } from "./lexicon.js";

const CAPW = "\\p{Lu}[\\p{L}'-]*";
const RUN = `${CAPW}(?:\\s${CAPW})*`;
const KIND = "(?:\\s(?:province|city|county|region|district|state|municipality|area|prefecture))?";
const PLACE = `${RUN}(?:'s\\s${RUN})?${KIND}(?:\\sof\\s${RUN})?`;
const PLACE_LIST = new RegExp(`\\b(?:in|at)\\s+(${PLACE}(?:(?:,\\s|\\sand\\s)${PLACE})*)`, "gu");
const MONTH = new RegExp(`^(?:${MONTH_ALT})\\b`);

function isPlace(phrase: string): boolean {
  const words = phrase.split(/[\s,]+/);
  if (MONTH.test(phrase)) return false;
  return !words.some((w) => ORG_HEADS.has(w.toLowerCase()) || EVENT_HEADS.has(w.toLowerCase()));
}

/** Place phrases in text order. */
export function findPlaces(text: string): { place: string; index: number }[] {
  const out: { place: string; index: number }[] = [];
  PLACE_LIST.lastIndex = 0;
  for (let m = PLACE_LIST.exec(text); m; m = PLACE_LIST.exec(text)) {
    const next = text.slice(m.index + m[0].length).trimStart();
    if (next.startsWith("(")) continue;
    if (isPlace(m[1])) out.push({ place: m[1], index: m.index });
  }
  return out;
}
