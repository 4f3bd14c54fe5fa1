import { describe, expect, it } from "vitest";
import { coveragePlan, describeAction, type NextAction, type PlanStory } from "../../lib/coverage/plan";
import { PRINCIPLE_IDS, type PrincipleId } from "../../lib/principles";

/**
 * The order of the coverage page's "Next" (issue 13), asserted exactly: a tag that closes a missing
 * principle, then the missing principles to write (most-asked first), and once every principle is
 * covered, a Result's missing figure before the story types.
 */

const star = (situation: string, action: string, result: string) =>
  `## Situation\n${situation}\n## Task\nI owned it.\n## Action\n${action}\n## Result\n${result}\n`;

const CLINIC = star(
  "Our clinic had no budget for a new ultrasound machine and the old one failed weekly.",
  "I borrowed a spare unit from the partner hospital instead of buying one, and I trained two nurses to do the daily checks.",
  "We saved $40k that year and scans never stopped.",
);
const CHECKOUT = star("Checkout timed out.", "I profiled it and added an index.", "p99 fell from 800 ms to 60 ms.");
const NO_FIGURE = star("The API was slow.", "I added a cache in front of the search service.", "It was much faster afterwards.");

let counter = 0;
const story = (title: string, principles: PrincipleId[], body: string): PlanStory => ({ id: `s${++counter}`, title, principles, body, version: 1 });

describe("coveragePlan's next three actions", () => {
  const cases: Array<{ name: string; bank: PlanStory[]; expected: string[] }> = [
    {
      name: "a tag first, then the most-asked missing principles to write",
      bank: [
        story("ultrasound on no budget", ["ownership"], CLINIC),
        story("checkout p99", ["dive-deep", "deliver-results"], CHECKOUT),
        story("api response time", ["invent-and-simplify"], NO_FIGURE),
      ],
      expected: ["Tag “ultrasound on no budget” with Frugality", "Write a Customer Obsession story", "Write a Bias for Action story"],
    },
    {
      name: "every principle covered: the missing figure, then the story types",
      bank: PRINCIPLE_IDS.flatMap((id, index) =>
        [0, 1].map((copy) => story(`${id} ${copy}`, [id], index === 3 && copy === 0 ? NO_FIGURE : CHECKOUT)),
      ),
      expected: ["Add a figure to “are-right-a-lot 0”", "Write a story about a failure", "Write a story about a tight deadline"],
    },
  ];

  it.each(cases)("$name", ({ bank, expected }) => {
    expect(coveragePlan(bank).next.map(describeAction)).toEqual(expected);
  });

  it("an empty bank has only writing to offer", () => {
    const { next } = coveragePlan([]);
    expect(next).toHaveLength(3);
    expect(next.every((action) => action.kind === "write" || action.kind === "story-type")).toBe(true);
  });
});

describe("describeAction", () => {
  const cases: Array<{ name: string; action: NextAction; expected: string }> = [
    { name: "tag", action: { kind: "tag", principleId: "bias-for-action", candidate: { storyId: "a", title: "p0 outage", version: 1, because: "", tagCount: 0 } }, expected: "Tag “p0 outage” with Bias for Action" },
    { name: "write", action: { kind: "write", principleId: "frugality" }, expected: "Write a Frugality story" },
    { name: "figure", action: { kind: "figure", storyId: "b", title: "api response time" }, expected: "Add a figure to “api response time”" },
    { name: "figure, untitled", action: { kind: "figure", storyId: "b", title: "  " }, expected: "Add a figure to “Untitled story”" },
  ];
  it.each(cases)("$name", ({ action, expected }) => {
    expect(describeAction(action)).toBe(expected);
  });
});
