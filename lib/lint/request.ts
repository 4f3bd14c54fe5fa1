import { z } from "zod";
import { principleIdSchema } from "../principle-id-schema";
import { BODY_MAX } from "./limits";

/** POST /api/lint: lint markdown without saving it. Same size limit as a stored story's body. */
export const lintRequestSchema = z
  .object({
    markdown: z
      .string({ error: (issue) => (issue.input === undefined ? "markdown is required" : "markdown must be a string") })
      .refine((value) => value.length <= BODY_MAX, {
        message: `markdown must be at most ${BODY_MAX.toLocaleString("en-US")} characters`,
        params: { tooLarge: true },
      }),
    principles: z
      .array(principleIdSchema, { error: "principles must be an array of principle ids" })
      .refine((ids) => new Set(ids).size === ids.length, { message: "principles must not repeat" })
      .optional(),
  })
  .strict();
