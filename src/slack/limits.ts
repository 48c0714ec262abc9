/** Slack's Block Kit limits, enforced by construction (docs.slack.dev, Block Kit reference). */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  contextElements: 10,
  actionsElements: 25,
  fallbackText: 4000,
} as const;

/** Cut text to a limit at a word boundary, marking the cut. */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
