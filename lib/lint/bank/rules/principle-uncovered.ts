import { getPrinciple } from "../../../principles";
import type { BankRule } from "../context";
import { sampleBank } from "../examples";

/**
 * A principle the candidate needs (target above 0) has no story at all: one message per principle.
 *
 * Warning, because an interviewer who asks about it gets an improvised answer, which is the weakest
 * kind. Principles with target 0 are not needed and never fire.
 */
export const principleUncovered: BankRule = {
  meta: {
    id: "principle-uncovered",
    severity: "warning",
    summary: "A Leadership Principle you need has no story.",
    url: "/rules/principle-uncovered",
    scope: "bank",
  },
  docs: {
    description:
      "Reports each Leadership Principle that has no story at all, unless its target is 0 (`targets` in the config: not needed for your role). Interviewers choose principles from the whole list, and a question on one you have no story for gets the weakest answer there is: one made up on the spot. One message per principle, with the question it is typically asked with.",
    examples: [
      {
        title: "Frugality has no story",
        stories: sampleBank({ without: ["frugality"] }),
        messages: [
          {
            principleId: "frugality",
            reason: "You have no Frugality story: a question on it would leave you improvising.",
          },
        ],
      },
      { title: "Every principle has a story", stories: sampleBank(), messages: [] },
      {
        title: "A principle set to 0 in the config is not needed",
        stories: sampleBank({ without: ["frugality"] }),
        config: { targets: { frugality: 0 } },
        messages: [],
      },
    ],
  },
  check({ coverage }) {
    return coverage
      .filter((row) => row.target > 0 && row.storyIds.length === 0)
      .map((row) => {
        const principle = getPrinciple(row.id);
        return {
          principleId: row.id,
          reason: `You have no ${principle.name} story: a question on it would leave you improvising.`,
          note:
            `Interviewers pick from all sixteen principles, and may ask “${principle.questions[0]}” ` +
            `Find a moment where ${lowerFirst(principle.description)}`,
        };
      });
  },
};

function lowerFirst(text: string): string {
  // The descriptions start with "You …"; keep other capitalised words (names) as written.
  return text.startsWith("You ") ? `you ${text.slice(4)}` : text;
}
