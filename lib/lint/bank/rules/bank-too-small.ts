import { countStories, type BankRule } from "../context";

/**
 * The bank has fewer stories than config.minStories (default 5).
 *
 * Warning: this is the root cause of most coverage gaps, and a loop of four to six interviewers asking
 * about two principles each cannot be answered from a handful of stories without repeating them.
 */
export const bankTooSmall: BankRule = {
  meta: {
    id: "bank-too-small",
    severity: "warning",
    summary: "The bank has fewer stories than an interview loop needs.",
    url: "/rules/bank-too-small",
    scope: "bank",
  },
  check({ stories, minStories }) {
    if (stories.length >= minStories) return [];
    return [
      {
        reason: `Unexpected ${countStories(stories.length)} in the bank, expected at least ${minStories} so an interview loop does not hear a story twice`,
        note:
          "A loop of four to six interviewers asks about two principles each, and each panel should hear " +
          "different stories. Most candidates prepare eight to twelve; start with your proudest project, " +
          "your hardest bug and a disagreement.",
      },
    ];
  },
};
