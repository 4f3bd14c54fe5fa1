/**
 * The shape a loop may take. Amazon loops have four to six interviewers, each covering two or three
 * principles; the limits leave room either side without letting a plan grow past what a page can show.
 * Shared by the zod schema (lib/loop/schema.ts) and the zod-free checks the browser uses
 * (lib/loop/check-loop.ts), so the two can never disagree.
 */
export const LOOP_LIMITS = {
  minInterviewers: 1,
  maxInterviewers: 8,
  minPrinciplesPerInterviewer: 1,
  maxPrinciplesPerInterviewer: 4,
  maxNameLength: 60,
} as const;
