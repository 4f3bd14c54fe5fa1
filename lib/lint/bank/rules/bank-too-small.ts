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
        messages: [{ reason: "Your bank has 3 stories: write at least 5, so no two interviewers in a loop hear the same one." }],
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
        reason: `Your bank has ${countStories(stories.length)}: write at least ${minStories}, so no two interviewers in a loop hear the same one.`,
        note:
          'Each of four to six interviewers asks about two principles, and "tell me about another time" ' +
          "should find a new story. Most candidates prepare eight to twelve: start with your proudest project, " +
          "your hardest problem and a disagreement.",
      },
    ];
  },
};
