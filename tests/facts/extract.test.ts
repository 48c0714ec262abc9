import { describe, expect, it } from "vitest";
import { extractEvents, extractTheme } from "../../src/facts/events.js";
import { extractFigures } from "../../src/facts/figures.js";
import { isPersonName } from "../../src/facts/names.js";
import { extractAcronyms } from "../../src/facts/orgs.js";
import { findPlaces } from "../../src/facts/places.js";
import { extractPeople } from "../../src/facts/roles.js";

const roles = (s: string) => extractPeople(s).roles.map((r) => [r.person, r.title, r.org]);

describe("people and roles (sentences not in the corpus)", () => {
  it("reads an appositive with a predicate after it", () => {
    expect(roles("Maria Okonkwo, director-general of the European Marine Board (EMB), chaired the session.")).toEqual([
      ["Maria Okonkwo", "director-general", "European Marine Board (EMB)"],
    ]);
  });

  it("shares one organisation between coordinated titles", () => {
    expect(roles("Peter Hall, vice chairman and chief scientist of the Alpine Club, said so.")).toEqual([
      ["Peter Hall", "vice chairman", "Alpine Club"],
      ["Peter Hall", "chief scientist", "Alpine Club"],
    ]);
  });

  it("reads a list of people with their roles, and a role without a comma before the verb", () => {
    const r = roles(
      "Ana Lima, president of the Brazilian Physics Society (BPS), Kenji Sato, former Chairman of the Tokyo Science Forum and Lena Berg, CEO of Nordic Labs addressed the event.",
    );
    expect(r).toContainEqual(["Ana Lima", "president", "Brazilian Physics Society (BPS)"]);
    expect(r).toContainEqual(["Kenji Sato", "former Chairman", "Tokyo Science Forum"]);
  });

  it("gives a shared plural role to each of two coordinated names", () => {
    expect(roles("Li Wei and Chen Jun, both deputy directors of the Ocean Bureau, attended.")).toEqual([
      ["Li Wei", "deputy director", "Ocean Bureau"],
      ["Chen Jun", "deputy director", "Ocean Bureau"],
    ]);
  });

  it("reads 'according to X, ROLE of Y', possessive roles and title-before-name", () => {
    expect(roles("Sales rose, according to Omar Haddad, CEO of the Desert Solar Company.")).toEqual([
      ["Omar Haddad", "CEO", "Desert Solar Company"],
    ]);
    expect(roles("Lucy Gray, NASA's chief scientist, spoke.")).toEqual([["Lucy Gray", "chief scientist", "NASA"]]);
    expect(roles("Premier Wen Bao visited the lab.")).toEqual([["Wen Bao", "Premier", ""]]);
    expect(roles("Helen Marsh, former prime minister of New Zealand, spoke.")).toEqual([
      ["Helen Marsh", "former prime minister", "New Zealand"],
    ]);
  });

  it("does not take places, headlines or organisations for people", () => {
    expect(isPersonName("Southwest China")).toBe(false);
    expect(isPersonName("Belt and Road Initiative")).toBe(false);
    expect(isPersonName("Huai Jinpeng")).toBe(true);
    expect(extractPeople("Multilateral Collaboration").names).toEqual([]);
    expect(extractPeople("Members of the academy including Hou Jian, Bo Zhang and Pu Mu attended.").names).toEqual(
      expect.arrayContaining(["Hou Jian", "Bo Zhang", "Pu Mu"]),
    );
  });
});

describe("organisations", () => {
  it("pairs names with acronyms, even with commas or initials that differ", () => {
    const found = extractAcronyms(
      "Delegates of the United Nations Educational, Scientific and Cultural Organization (UNESCO) met the Alpine Research Council (ARC) and the Asian Psychological Association (APsyA).",
    );
    expect(found).toEqual([
      { acronym: "UNESCO", name: "United Nations Educational, Scientific and Cultural Organization" },
      { acronym: "ARC", name: "Alpine Research Council" },
      { acronym: "APsyA", name: "Asian Psychological Association" },
    ]);
    expect(
      extractAcronyms("the National Committee of the Chinese People's Political Consultative Conference (CPPCC)")[0].name,
    ).toBe("Chinese People's Political Consultative Conference");
  });
});

describe("events, themes, places", () => {
  it("reads name, acronym, hosts, place and date", () => {
    const [e] = extractEvents(
      "The 3rd Arctic Energy Forum (AEF 2022), hosted by the Nordic Council (NC) and the Polar Institute (PI), was held in Tromsø on March 3, 2022.",
    );
    expect(e).toMatchObject({ name: "3rd Arctic Energy Forum", acronym: "AEF 2022", place: "Tromsø", verb: "was held" });
    expect(e.date?.iso).toBe("2022-03-03");
    expect(e.hosts).toEqual(["the Nordic Council (NC)", "the Polar Institute (PI)"]);
  });

  it("reads a transitive event ('X held a meeting ... on DATE')", () => {
    const [e] = extractEvents("The Marine Board (MB) held a workshop on coastal erosion in Porto on 2 June 2021.");
    expect(e).toMatchObject({ name: "workshop on coastal erosion", place: "Porto", hosts: ["MB"] });
    expect(e.date?.iso).toBe("2021-06-02");
  });

  it("reads themes, quoted or not", () => {
    expect(extractTheme('Under the theme of "Clean Seas, Shared Future", the summit discussed plastics.')).toEqual({
      theme: "Clean Seas, Shared Future",
      subject: "summit",
    });
    expect(extractTheme("The congress themed Data, Trust, Openness.")?.theme).toBe("Data, Trust, Openness");
  });

  it("finds coordinated places with their provinces", () => {
    expect(findPlaces("a survey in Northeast China's Jilin province and Inner Mongolia on May 2")[0].place).toBe(
      "Northeast China's Jilin province and Inner Mongolia",
    );
    expect(findPlaces("held in November 2020")).toEqual([]);
  });
});

describe("figures", () => {
  it("reads a number with what it counts, skipping dates, years and ordinals", () => {
    const figures = extractFigures(
      "On May 5, 2021, the 3rd survey covered more than 1,200 coastal towns and 45 islands, 12.5 million people and 30% of the coast.",
    );
    expect(figures.map((f) => [f.value, f.counts])).toEqual([
      ["more than 1,200", "coastal towns"],
      ["45", "islands"],
      ["12.5 million", "people"],
      ["30%", "coast"],
    ]);
  });
});
