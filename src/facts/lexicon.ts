/**
 * General English word lists the extractors lean on: job titles, organisation and event head
 * nouns, reporting verbs. They describe news English, not any article of the corpus.
 */

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Words that head a job title. */
export const ROLE_HEADS = set(`
  president vice-president chairman chairwoman chair chairperson ceo cfo cto coo director director-general
  secretary secretary-general professor academician member head chief founder co-founder manager dean rector
  minister ambassador governor mayor researcher scientist fellow editor editor-in-chief officer principal
  leader commissioner spokesperson spokesman spokeswoman representative envoy chancellor provost partner
  coordinator recipient co-recipient laureate winner engineer advisor adviser counsellor counselor premier
  lecturer curator treasurer trustee convenor moderator consultant economist physicist chemist biologist
  mathematician author journalist executive deputy vice-chairman administrator supervisor inspector
  judge lawyer doctor surgeon nurse teacher student captain commander general colonel owner
  investigator analyst expert specialist architect designer astronaut pilot`);

/** Words that may stand before a title's head ("former executive vice ..."). */
export const ROLE_MODIFIERS = set(`
  former then current acting interim first second senior junior deputy executive vice honorary assistant
  associate co chief general managing division standing permanent founding emeritus distinguished
  visiting principal lead leading party prime`);

/** Nouns that end or head an organisation's name. */
export const ORG_HEADS = set(`
  association associations society societies academy academies university universities college institute
  institution organization organisation organizations federation council committee agency center centre
  group commission foundation ministry department bureau office union league alliance company corporation
  inc ltd bank fund laboratory lab hospital school network consortium administration authority board party
  secretariat congress assembly parliament government court museum library observatory club team press
  agency daily times news`);

/** Nouns that name something that happens: an event. */
export const EVENT_HEADS = set(`
  forum forums meeting meetings conference conferences summit symposium workshop seminar ceremony congress
  session sessions exhibition expo fair festival survey visit tour competition contest award awards dialogue
  lecture webinar roundtable convention assembly celebration launch campaign training camp hackathon week
  olympiad games gala talks tournament event events`);

/** Verbs that report speech or action right after a person's name. */
export const REPORTING_VERBS = set(`
  said says say pointed noted added stressed emphasized emphasised agreed appeals appealed urged suggested
  concluded explained told argued believes announced stated remarked warned called asked replied shared
  delivered chaired presided addressed attended made released opened introduced presented proposed
  highlighted underlined welcomed expressed mentioned required signed led hosted visited gave spoke`);

/** Capitalised words that start sentences or name places and things, never part of a person's name. */
export const NOT_NAME_WORDS = set(`
  the a an in on at of for and with by from to as under after before during within according although
  through then this that these those there it its his her their our we they he she many some all both
  each every new first second third fourth fifth national international world global science sciences
  technology technological engineering china chinese beijing shanghai united nations american british
  european asian african japan japanese korea korean india indian russia russian france french germany
  german sustainable development goals party central state people republic province city county region
  north south east west northwest southwest northeast southeast northern southern eastern western
  communist mr mrs ms dr prof sir madam copyright all rights reserved presented published source author
  homepage news tag font size release time focus focusing noting putting contribute mutual when where
  what why how who which while if but or so yet also however moreover meanwhile today yesterday
  tomorrow january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday covid coronavirus internet web
  innovation cooperation governance economic economy digital open openness trust forum annual meeting
  research natural social public policy management performance evaluation world-class
  initiative program programme project plan strategy prize collaboration partnership networking belt road
  silk zone area island mountain ocean avenue building`);

for (const w of [...ROLE_HEADS, ...ROLE_MODIFIERS, ...ORG_HEADS, ...EVENT_HEADS]) NOT_NAME_WORDS.add(w);

/** Small words allowed inside capitalised names ("Institute for the History of Natural Sciences"). */
export const NAME_CONNECTORS = set("of for and the on in & de du des la le del da di von van der und");

/** Name particles written in lower case ("van Najie"). */
export const NAME_PARTICLES = set("van von de der da del di du la le bin al ibn");

/** Spelled-out counts worth reading as numbers. */
export const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
};

/** Turn a plural title into its singular ("executive secretaries" → "executive secretary"). */
export function singularTitle(title: string): string {
  return title.replace(/([A-Za-z]+)$/, (w) => {
    const lower = w.toLowerCase();
    if (ROLE_HEADS.has(lower)) return w;
    if (/ies$/.test(w)) return w.replace(/ies$/, "y");
    if (/s$/.test(w) && ROLE_HEADS.has(lower.slice(0, -1))) return w.slice(0, -1);
    return w;
  });
}
