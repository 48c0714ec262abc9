/** Chinese-character names → pinyin keys, so 怀进鹏 finds "Huai Jinpeng". */
import { pinyin } from "pinyin-pro";

const HAN_RUN = /\p{Script=Han}+/gu;

/** Pinyin syllables of a Han name, surname read as a surname ("huai jin peng"). */
export function pinyinOf(han: string): string {
  return pinyin(han, { toneType: "none", surname: "head", type: "array", nonZh: "removed" }).join(" ");
}

/** Every Han run of the text in pinyin, each as one key without spaces. */
export function pinyinKeys(text: string): string[] {
  return [...text.matchAll(HAN_RUN)].map((m) => pinyinOf(m[0]).replace(/\s+/g, ""));
}
