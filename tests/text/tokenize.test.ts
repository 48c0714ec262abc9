import { describe, expect, it } from "vitest";
import { findDates, findPeriod, formatIsoDate } from "../../src/text/dates.js";
import { splitParagraphs, splitSentences } from "../../src/text/sentences.js";
import { hanBigrams, tokenize } from "../../src/text/tokenize.js";

describe("tokenize", () => {
  it("folds case and stems, keeping acronyms whole", () => {
    expect(tokenize("The CAS Associations")).toEqual(["cas", "associ"]);
    expect(tokenize("associations ASSOCIATION")).toEqual(["associ", "association"]);
  });

  it("treats curly and straight apostrophes and possessives alike", () => {
    expect(tokenize("S&T’s ability")).toEqual(tokenize("S&T's ability"));
    expect(tokenize("Xi’an")).toEqual(tokenize("Xi'an"));
    expect(tokenize("CAST's brand")).toEqual(["cast", "brand"]);
  });

  it("splits hyphenated names and also keeps them joined", () => {
    expect(tokenize("Nair-Bedouelle")).toEqual(["nair", "bedouel", "nairbedouelle"]);
    expect(tokenize("nair bedouelle")).toEqual(["nair", "bedouel"]);
  });

  it("keeps numbers: decimals, thousands separators, percentages", () => {
    expect(tokenize("7.69 billion")).toEqual(["7.69", "billion"]);
    expect(tokenize("1,065 and 1065")).toEqual(["1065", "1065"]);
    expect(tokenize("40% of papers")).toEqual(["40", "paper"]);
  });

  it("indexes Chinese text as bigrams over Han runs", () => {
    expect(hanBigrams("中国科协")).toEqual(["中国", "国科", "科协"]);
    expect(tokenize("中国科协召开会议")).toContain("科协");
    expect(tokenize("鹏")).toEqual(["鹏"]);
  });
});

describe("sentences and paragraphs", () => {
  it("does not split after abbreviations or initials", () => {
    expect(splitSentences("It opened on Nov. 9, 2020 in Beijing. Mr. J. Smith spoke. Then it closed.")).toEqual([
      "It opened on Nov. 9, 2020 in Beijing.",
      "Mr. J. Smith spoke.",
      "Then it closed.",
    ]);
  });

  it("joins hard-wrapped lines but keeps short lines apart", () => {
    const body =
      "Homepage > News\n\nThis line is long enough to be a hard-wrapped line of a paragraph\nthat goes on here.\nShort one.\n- A bullet";
    expect(splitParagraphs(body)).toEqual([
      "Homepage > News",
      "This line is long enough to be a hard-wrapped line of a paragraph that goes on here.",
      "Short one.",
      "A bullet",
    ]);
  });
});

describe("dates", () => {
  it("finds and normalises English dates", () => {
    expect(findDates("held on August 10, 2020 and Nov 9, 2020; 16 April 2020; 2020-04-30").map((d) => d.iso)).toEqual([
      "2020-08-10",
      "2020-11-09",
      "2020-04-16",
      "2020-04-30",
    ]);
    expect(findDates("on February 30, 2020")).toEqual([]);
    expect(formatIsoDate("2020-08-10")).toBe("August 10, 2020");
  });

  it("reads a period from a question", () => {
    expect(findPeriod("what happened in November 2020")).toEqual({ prefix: "2020-11", label: "November 2020" });
    expect(findPeriod("in 2019?")).toEqual({ prefix: "2019", label: "2019" });
    expect(findPeriod("lately")).toBeUndefined();
  });
});
