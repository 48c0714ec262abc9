import { z } from "zod";
import { isValidIsoDate } from "../text/dates.js";

/** Front matter of a corpus file. Unknown keys are refused so a typo ("tittle") is caught. */
export const FrontMatterSchema = z.strictObject({
  title: z.string().trim().min(1, "must not be empty"),
  date: z.string().refine(isValidIsoDate, "must be an ISO date YYYY-MM-DD").optional(),
  source: z.string().trim().min(1).optional(),
  url: z.url().optional(),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "must be a language tag such as en or zh-CN")
    .optional(),
  /** Where the text came from before it was converted (informational). */
  origin: z.string().optional(),
});

export type FrontMatter = z.infer<typeof FrontMatterSchema>;
