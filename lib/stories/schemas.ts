import { z } from "zod";
import { principleIdSchema } from "@/lib/principle-id-schema";
import { BODY_MAX, PRINCIPLES_MAX, TITLE_MAX } from "./limits";

/**
 * Text a story may hold: any Unicode (right-to-left, emoji) but no NUL bytes and no lone UTF-16
 * surrogates, which SQLite and every export format would mangle. Rejected, never silently repaired,
 * so nothing the user wrote is changed behind their back.
 */
function storyText(label: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required` : `${label} must be a string`) })
    .refine((value) => !value.includes("\u0000"), { message: `${label} must not contain NUL characters` })
    .refine((value) => value.isWellFormed(), {
      message: `${label} contains invalid UTF-16 (a lone surrogate); re-type or re-paste the text`,
    });
}

export const titleSchema = storyText("Title")
  .refine((value) => value.trim().length > 0, { message: "Title must not be empty" })
  .refine((value) => value.length <= TITLE_MAX, { message: `Title must be at most ${TITLE_MAX} characters` });

export const bodySchema = storyText("Body").refine((value) => value.length <= BODY_MAX, {
  message: `Body must be at most ${BODY_MAX.toLocaleString("en-US")} characters`,
  params: { tooLarge: true },
});

export const principlesSchema = z
  .array(principleIdSchema, { error: "Principles must be an array of principle ids" })
  .max(PRINCIPLES_MAX, { message: `A story can carry at most ${PRINCIPLES_MAX} principles` })
  .refine((ids) => new Set(ids).size === ids.length, { message: "Principles must not repeat" });

/** POST /api/stories and the "new story" action. */
export const storyCreateSchema = z
  .object({
    title: titleSchema,
    body: bodySchema.default(""),
    principles: principlesSchema.default([]),
  })
  .strict();

/** PUT /api/stories/:id: any subset of fields, plus the version the client last saw. */
export const storyUpdateSchema = z
  .object({
    title: titleSchema.optional(),
    body: bodySchema.optional(),
    principles: principlesSchema.optional(),
    version: z
      .number({ error: "Version is required: send the version you last read, so no one else's edit is overwritten" })
      .int({ message: "Version must be a whole number" })
      .min(1, { message: "Version must be at least 1" }),
  })
  .strict();

/** Route ids are cuids; anything else cannot name a story. */
export const storyIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i, { message: "Story id must be letters and digits" });

export type StoryCreateInput = z.infer<typeof storyCreateSchema>;
export type StoryUpdateInput = z.infer<typeof storyUpdateSchema>;

/** The coverage page's "Tag" button: which story, which principle, and the version the page showed. */
export const tagStorySchema = z.object({
  id: storyIdSchema,
  principle: principleIdSchema,
  version: z.coerce.number().int().min(1),
});

/** "Paste an answer you already have": the answer, and a title that may be left empty. */
export const pastedStorySchema = z.object({
  text: bodySchema.refine((value) => value.trim().length > 0, { message: "Paste your answer first" }),
  title: storyText("Title").refine((value) => value.length <= TITLE_MAX, { message: `Title must be at most ${TITLE_MAX} characters` }),
});
