import { describe, expect, it } from "vitest";
import { CorpusError } from "../../src/corpus/errors.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { parseAliases } from "../../src/facts/aliases.js";
import { article, SEED_CORPUS, tempCorpus } from "../helpers.js";

describe("loading the corpus", () => {
  it("loads the seed articles with their front matter and verbatim text", async () => {
    const articles = await loadCorpus(SEED_CORPUS);
    expect(articles).toHaveLength(5);
    const wstdf = articles.find((a) => a.title.startsWith("The 2nd World"));
    expect(wstdf).toMatchObject({ date: "2020-11-09", source: "CAE", lang: "en" });
    expect(articles.some((a) => a.body.includes("中国科协召开会议促进科技与经济融合"))).toBe(true);
    expect(articles.some((a) => a.body.includes("S&T’s ability"))).toBe(true);
    expect(articles.filter((a) => a.date === undefined)).toHaveLength(2);
  });

  it.each([
    ["missing title", article("date: 2020-01-01"), /bad\.md: title: is required/],
    ["empty title", article('title: ""'), /bad\.md: title: must not be empty/],
    ["bad date", article("title: T\ndate: 2020-13-45"), /bad\.md: date: must be an ISO date/],
    ["date not ISO", article("title: T\ndate: 'May 5, 2020'"), /bad\.md: date: must be an ISO date/],
    ["bad YAML", article("title: [unclosed"), /bad\.md: bad YAML/],
    ["unknown field", article("title: T\ntittle: typo"), /bad\.md: tittle/],
    ["bad url", article("title: T\nurl: not a url"), /bad\.md: url:/],
    ["no front matter", "just text", /bad\.md: missing YAML front matter/],
    ["empty body", "---\ntitle: T\n---\n\n", /bad\.md: body: is empty/],
  ])("refuses a file with %s, naming file and field", (_label, text, message) => {
    expect(() => parseArticle("corpus/bad.md", text)).toThrowError(message);
  });

  it("fails on the first bad file of a folder, naming it", async () => {
    const dir = await tempCorpus({ "good.md": article("title: Good"), "zz-bad.md": article("date: 2020-01-01") });
    await expect(loadCorpus(dir)).rejects.toThrowError(/zz-bad\.md: title: is required/);
  });

  it("refuses an empty corpus and a missing folder", async () => {
    const empty = await tempCorpus({ "notes.txt": "not an article" });
    await expect(loadCorpus(empty)).rejects.toThrowError(/the corpus is empty/);
    await expect(loadCorpus(`${empty}/missing`)).rejects.toBeInstanceOf(CorpusError);
  });

  it("validates the alias file like the articles", () => {
    expect(parseAliases("aliases.yml", "Nigel Fine: [Van Najer]").get("Nigel Fine")).toEqual(["Van Najer"]);
    expect(() => parseAliases("aliases.yml", "Nigel Fine: []")).toThrowError(
      /aliases\.yml: Nigel Fine: needs at least one alias/,
    );
    expect(() => parseAliases("aliases.yml", "Nigel Fine: Van Najer")).toThrowError(/aliases\.yml: Nigel Fine:/);
  });
});
