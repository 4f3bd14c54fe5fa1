import { quoteStory, type BankRule } from "../context";

/**
 * One story is tagged with more principles than config.maxPrinciplesPerStory (default 3).
 *
 * Warning: interviewers notice one story stretched over every question, and the coverage matrix looks
 * fuller than the bank really is.
 */
export const storyOverstretched: BankRule = {
  meta: {
    id: "story-overstretched",
    severity: "warning",
    summary: "One story is tagged with too many principles.",
    url: "/rules/story-overstretched",
    scope: "bank",
  },
  docs: {
    description:
      "Reports a story tagged with more principles than `maxPrinciplesPerStory` (default 3). A story can show several principles, but one told for every question stops sounding like evidence, interviewers in one loop compare notes, and the coverage matrix looks fuller than the bank is.",
    examples: [
      {
        title: "One story tagged with five principles",
        stories: [
          { id: "a", title: "Cut checkout p99 from 800 ms to 60 ms", principles: ["dive-deep", "deliver-results", "ownership", "bias-for-action", "frugality"] },
          { id: "b", title: "Took over the orphaned pager rotation", principles: ["ownership"] },
        ],
        messages: [
          {
            storyId: "a",
            reason: "You tagged “Cut checkout p99 from 800 ms to 60 ms” with 5 principles: keep the 3 it shows best, so it stays convincing.",
          },
        ],
      },
      {
        title: "Three principles a story",
        stories: [{ id: "a", title: "Cut checkout p99 from 800 ms to 60 ms", principles: ["dive-deep", "deliver-results", "ownership"] }],
        messages: [],
      },
    ],
  },
  check({ stories, maxPrinciplesPerStory }) {
    return stories
      .filter((story) => story.principles.length > maxPrinciplesPerStory)
      .map((story) => ({
        storyId: story.id,
        reason: `You tagged ${quoteStory(story)} with ${story.principles.length} principles: keep the ${maxPrinciplesPerStory} it shows best, so it stays convincing.`,
        note:
          `Interviewers compare notes, and a story told for every question stops sounding like evidence ("do you have another example?"). ` +
          `Keep the ${maxPrinciplesPerStory} principles its Action and Result show best, and find other stories for the rest.`,
      }));
  },
};
