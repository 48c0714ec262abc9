/** English function words that carry no topic. Kept short: names and numbers must survive. */
export const STOPWORDS = new Set(
  `a an the and or but nor of to in on at by for from with about as into onto upon over under than then
  is are was were be been being am do does did done doing have has had having will would shall should can could may might must
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  this that these those there here which who whom whose what when where why how
  not no yes so such very too also just only own same other some any each every all both few more most
  if because while until once again further up down out off
  tell show give know let please me about`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that shape a question without naming its topic. */
export const QUESTION_WORDS = new Set("who whom whose what which when where why how many much whats who's what's".split(" "));
