import { z } from "zod";
import { principleIdSchema } from "@/lib/principle-id-schema";
import { LOOP_LIMITS } from "./limits";
import type { Interviewer, Loop } from "./types";

const { minInterviewers, maxInterviewers, minPrinciplesPerInterviewer, maxPrinciplesPerInterviewer, maxNameLength } =
  LOOP_LIMITS;

/** An interviewer: a name and 1–4 distinct principles (the same principle twice would be one question). */
export const interviewerSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the interviewer a name.")
    .max(maxNameLength, `Keep the name to ${maxNameLength} characters.`),
  principles: z
    .array(principleIdSchema)
    .min(minPrinciplesPerInterviewer, "Pick at least one principle for the interviewer.")
    .max(maxPrinciplesPerInterviewer, `Pick at most ${maxPrinciplesPerInterviewer} principles for one interviewer.`)
    .refine((ids) => new Set(ids).size === ids.length, "Pick each principle once per interviewer."),
}) satisfies z.ZodType<Interviewer>;

/**
 * A loop of 1–8 interviewers. Server code and tests validate with this; the browser editor uses the
 * equivalent zod-free checkLoop (lib/loop/check-loop.ts) to keep zod out of its bundle.
 */
export const loopSchema = z.object({
  interviewers: z
    .array(interviewerSchema)
    .min(minInterviewers, "Add at least one interviewer.")
    .max(maxInterviewers, `A loop has at most ${maxInterviewers} interviewers.`),
}) satisfies z.ZodType<Loop>;
