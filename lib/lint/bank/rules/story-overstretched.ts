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
            reason: "Unexpected 5 principles on “Cut checkout p99 from 800 ms to 60 ms”, expected at most 3 so the story stays convincing",
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
        reason: `Unexpected ${story.principles.length} principles on ${quoteStory(story)}, expected at most ${maxPrinciplesPerStory} so the story stays convincing`,
        note:
          `A story told for every question stops sounding like evidence, and interviewers compare notes. ` +
          `Keep the ${maxPrinciplesPerStory} principles the Action and Result show best, and find other stories for the rest.`,
      }));
  },
};
