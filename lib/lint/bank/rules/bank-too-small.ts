import { countStories, type BankRule } from "../context";
import { sampleBank } from "../examples";

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
  docs: {
    description:
      "Reports a bank with fewer stories than `minStories` (default 5). An interview loop has four to six interviewers, each asking about two or three principles, and no two of them should hear the same story; with fewer than five stories the loop is bound to hear repeats or improvised answers. Most candidates go in with eight to twelve.",
    examples: [
      {
        title: "Three stories",
        stories: sampleBank().slice(0, 3),
        messages: [{ reason: "Unexpected 3 stories in the bank, expected at least 5 so an interview loop does not hear a story twice" }],
      },
      { title: "Seven stories", stories: sampleBank(), messages: [] },
      {
        title: "A lower minimum in the config",
        stories: sampleBank().slice(0, 3),
        config: { minStories: 3 },
        messages: [],
      },
    ],
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
