import { isPrincipleId, type PrincipleId } from "@/lib/principles";
import { LOOP_LIMITS } from "./limits";
import type { Loop } from "./types";

/**
 * The loop checks without zod, for the browser editor (zod would double its bundle). They say exactly
 * what lib/loop/schema.ts says, with the same messages; tests/loop/check-loop.test.ts holds the two to
 * agreeing on any input.
 */

export type LoopProblemField = "interviewers" | "name" | "principles";

/** A reason the loop cannot be saved; `interviewer` is a position in the loop, or null for the whole loop. */
export interface LoopProblem {
  interviewer: number | null;
  field: LoopProblemField;
  message: string;
}

const { minInterviewers, maxInterviewers, minPrinciplesPerInterviewer, maxPrinciplesPerInterviewer, maxNameLength } =
  LOOP_LIMITS;

/** What is wrong with a loop the editor holds, at most one problem per field; empty when it is valid. */
export function checkLoop(loop: Loop): LoopProblem[] {
  const problems: LoopProblem[] = [];
  const count = loop.interviewers.length;
  if (count < minInterviewers) problems.push({ interviewer: null, field: "interviewers", message: "Add at least one interviewer." });
  if (count > maxInterviewers) {
    problems.push({ interviewer: null, field: "interviewers", message: `A loop has at most ${maxInterviewers} interviewers.` });
  }
  loop.interviewers.forEach(({ name, principles }, interviewer) => {
    const nameProblem = checkName(name);
    if (nameProblem) problems.push({ interviewer, field: "name", message: nameProblem });
    const principlesProblem = checkPrinciples(principles);
    if (principlesProblem) problems.push({ interviewer, field: "principles", message: principlesProblem });
  });
  return problems;
}

function checkName(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length < 1) return "Give the interviewer a name.";
  if (trimmed.length > maxNameLength) return `Keep the name to ${maxNameLength} characters.`;
  return null;
}

function checkPrinciples(principles: readonly string[]): string | null {
  if (principles.length < minPrinciplesPerInterviewer) return "Pick at least one principle for the interviewer.";
  if (principles.length > maxPrinciplesPerInterviewer) {
    return `Pick at most ${maxPrinciplesPerInterviewer} principles for one interviewer.`;
  }
  if (new Set(principles).size !== principles.length) return "Pick each principle once per interviewer.";
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A loop read back from storage (localStorage holds whatever an older build or another tab wrote):
 * the valid loop with names trimmed and unknown keys dropped, as `loopSchema.parse` would return it,
 * or null when anything is off.
 */
export function parseStoredLoop(value: unknown): Loop | null {
  if (!isRecord(value) || !Array.isArray(value.interviewers)) return null;
  const interviewers: Loop["interviewers"] = [];
  for (const entry of value.interviewers) {
    if (!isRecord(entry) || typeof entry.name !== "string" || !Array.isArray(entry.principles)) return null;
    const principles: PrincipleId[] = [];
    for (const id of entry.principles) {
      if (typeof id !== "string" || !isPrincipleId(id)) return null;
      principles.push(id);
    }
    interviewers.push({ name: entry.name.trim(), principles });
  }
  const loop = { interviewers };
  return checkLoop(loop).length === 0 ? loop : null;
}
