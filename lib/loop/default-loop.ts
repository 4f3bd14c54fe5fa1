import type { Loop } from "./types";

/**
 * The loop a new user starts from: five interviewers and the eleven principles asked most of
 * engineers, each asked once, two or three to an interviewer. Pairs sit together the way interviewers
 * tend to probe them (a customer story invites a trust question; a judgement call invites curiosity).
 * Frozen so an editor that mutated it by mistake would throw instead of changing every later default.
 */
export const DEFAULT_LOOP: Readonly<Loop> = Object.freeze({
  interviewers: [
    { name: "Interviewer 1", principles: ["customer-obsession", "earn-trust"] },
    { name: "Interviewer 2", principles: ["ownership", "bias-for-action"] },
    { name: "Interviewer 3", principles: ["dive-deep", "are-right-a-lot", "learn-and-be-curious"] },
    { name: "Interviewer 4", principles: ["deliver-results", "insist-on-the-highest-standards"] },
    { name: "Interviewer 5", principles: ["invent-and-simplify", "have-backbone-disagree-and-commit"] },
  ],
} satisfies Loop);

/** A fresh, mutable copy of the default loop. */
export function createDefaultLoop(): Loop {
  return { interviewers: DEFAULT_LOOP.interviewers.map(({ name, principles }) => ({ name, principles: [...principles] })) };
}
