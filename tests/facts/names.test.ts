import { describe, expect, it } from "vitest";
import { clusterNames, type NameStats, sameName } from "../../src/facts/cluster.js";
import { pinyinKeys, pinyinOf } from "../../src/facts/pinyin.js";
import { nameKey } from "../../src/text/normalize.js";

const stat = (name: string, count = 1, orgs: string[] = []): NameStats => ({
  name,
  key: nameKey(name),
  count,
  orgs: new Set(orgs),
});

describe("name clustering", () => {
  it("groups one person's spellings and picks the most written one", () => {
    const names = ["Sudip Parikh", "Sudeep Parih", "Sudip Parih", "Sudip Parrih", "Sudip Parihe"].map((n) => stat(n));
    const canonical = clusterNames(names, new Map());
    expect(new Set(canonical.values()).size).toBe(1);
    expect(canonical.get("Sudeep Parih")).toBe("Sudip Parih");
  });

  it("joins spacing variants and keeps different short Chinese names apart", () => {
    expect(sameName(stat("Huai Jinpeng"), stat("Huai Jin Peng"))).toBe(true);
    expect(sameName(stat("Zhang Bo"), stat("Zhang Ke"))).toBe(false);
    expect(sameName(stat("Liu Feng"), stat("Liu Fang"))).toBe(false);
    expect(sameName(stat("Yu Xiancheng"), stat("Yu Guangyan"))).toBe(false);
  });

  it("accepts a looser match when both hold roles at the same organisation", () => {
    expect(sameName(stat("Mohammed Alsaud", 1, ["7"]), stat("Muhammad Alsaud", 1, ["7"]))).toBe(true);
    expect(sameName(stat("Mohammed Alsaud"), stat("Muhammad Alsaud"))).toBe(false);
    expect(sameName(stat("Tomas Lindqvist"), stat("Thomas Lindkvist"))).toBe(true);
  });

  it("merges what the curated alias file says, under its canonical name", () => {
    const canonical = clusterNames([stat("Nigel Fine"), stat("Van Najer", 3)], new Map([["Nigel Fine", ["Van Najer"]]]));
    expect(canonical.get("Van Najer")).toBe("Nigel Fine");
  });
});

describe("pinyin", () => {
  it("reads Chinese names as pinyin keys", () => {
    expect(pinyinOf("怀进鹏")).toBe("huai jin peng");
    expect(pinyinKeys("问 周明华 的事")).toEqual(["wen", "zhouminghua", "deshi"]);
  });
});
