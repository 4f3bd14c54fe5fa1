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
