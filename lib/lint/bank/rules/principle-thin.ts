import { getPrinciple } from "../../../principles";
import { MOST_ASKED_PRINCIPLES } from "../defaults";
import { countStories, type BankRule } from "../context";
import { sampleBank } from "../examples";

/**
 * A principle has at least one story but fewer than its target (2 for the most-asked principles, 1 for
 * the rest, or config.targets).
 *
 * Info rather than warning: one good story already answers the question, so a thin principle is
 * advice on where to deepen the bank, not a gap. principle-uncovered warns about the real gaps, and
 * keeping thin at info stops a young bank's report from burying them.
 */
export const principleThin: BankRule = {
  meta: {
    id: "principle-thin",
    severity: "info",
    summary: "A Leadership Principle has fewer stories than its target.",
    url: "/rules/principle-thin",
    scope: "bank",
  },
  docs: {
    description:
      "Reports a principle that has stories, but fewer than its target: two for the principles engineering loops ask about most (Ownership, Dive Deep, Deliver Results, Bias for Action, Customer Obsession), one for the rest, or what `targets` in the config says. Those principles often come up with two interviewers in one loop, and the second should hear a new story. Info, not a warning: one good story already answers the question.",
    examples: [
      {
        title: "Ownership has one story, and two interviewers may ask",
        stories: sampleBank({ thin: ["ownership"] }),
        messages: [
          {
            principleId: "ownership",
            reason: "You have 1 story for Ownership: aim for at least 2, so a second interviewer who asks hears a new one.",
          },
        ],
      },
      { title: "Every target met", stories: sampleBank(), messages: [] },
      {
        title: "A principle with no story at all is principle-uncovered's message",
        stories: sampleBank({ without: ["ownership"] }),
        messages: [],
      },
    ],
  },
  check({ coverage }) {
    return coverage
      .filter((row) => row.storyIds.length > 0 && row.storyIds.length < row.target)
      .map((row) => {
        const principle = getPrinciple(row.id);
        const why = MOST_ASKED_PRINCIPLES.includes(row.id)
          ? `${principle.name} is one of the most-asked principles, often by two interviewers in one loop, and the same story told twice sounds thin.`
          : `You set a target of ${row.target} for ${principle.name}, and a second interviewer asking about it should hear a new story.`;
        const question = principle.questions[1] ?? principle.questions[0];
        return {
          principleId: row.id,
          reason: `You have ${countStories(row.storyIds.length)} for ${principle.name}: aim for at least ${row.target}, so a second interviewer who asks hears a new one.`,
          note: `${why} Add one that answers “${question}”`,
        };
      });
  },
};
