import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { flagged, rangeOf, story } from "../helpers";

const RULE = "setup-longer-than-action";

/** Words as a reader counts them: runs of non-space (the fixtures have no "14,000"-style numbers in the setup). */
const words = (text: string) => text.trim().split(/\s+/).length;

// A 45-word Situation and a 15-word Task, reused below.
const SITUATION =
  "Our payments team owned the refund service for three marketplaces. It had been written six years earlier by a contractor, nobody on the team had changed it in two years, and every change to it needed sign-off from finance, legal and the fraud team.";
const TASK = "My manager asked me to add partial refunds before the spring sale started.";
const SHORT_ACTION = "I added a partial amount field and shipped it behind a flag.";
const LONG_ACTION =
  "I read the refund code end to end and wrote characterisation tests for the twelve refund paths before touching anything. I proposed the partial amount as a new field rather than a new flow, because finance could then reuse their existing reconciliation. I walked legal and fraud through the design in one meeting, shipped behind a flag to one marketplace, and watched the reconciliation reports for a week before turning it on everywhere.";
const RESULT = "Partial refunds shipped 9 days before the sale and handled 14,000 refunds in its first month.";

describe(RULE, () => {
  it.each([
    {
      name: "headings: long Situation and Task against a one-line Action",
      markdown: story("## Situation", SITUATION, "## Task", TASK, "## Action", SHORT_ACTION, "## Result", RESULT),
      range: `2:1-4:${TASK.length + 1}`,
      reason: `Your Situation and Task (${words(SITUATION) + words(TASK)} words) run longer than your Action (${words(SHORT_ACTION)} words): make the Action, what you are scored on, the longest part.`,
    },
    {
      name: "bold labels on one line each",
      markdown: story(`**Situation:** ${SITUATION}`, `**Task:** ${TASK}`, `**Action:** ${SHORT_ACTION}`, `**Result:** ${RESULT}`),
      range: `1:16-2:${TASK.length + 11}`,
      reason: `Your Situation and Task (${words(SITUATION) + words(TASK)} words) run longer than your Action (${words(SHORT_ACTION)} words): make the Action, what you are scored on, the longest part.`,
    },
    {
      name: "no Task: the Situation alone outweighs the Action",
      markdown: story("## Situation", `${SITUATION} ${TASK}`, "## Action", SHORT_ACTION, "## Result", RESULT),
      range: `2:1-2:${SITUATION.length + TASK.length + 2}`,
      reason: `Your Situation (${words(SITUATION) + words(TASK)} words) runs longer than your Action (${words(SHORT_ACTION)} words): make the Action, what you are scored on, the longest part.`,
    },
    {
      name: "a combined Situation & Task part counts once",
      markdown: story("## Situation & Task", `${SITUATION} ${TASK}`, "## Action", SHORT_ACTION, "## Result", RESULT),
      range: `2:1-2:${SITUATION.length + TASK.length + 2}`,
      reason: `Your Situation and Task (${words(SITUATION) + words(TASK)} words) run longer than your Action (${words(SHORT_ACTION)} words): make the Action, what you are scored on, the longest part.`,
    },
  ])("flags $name", ({ markdown, range, reason }) => {
    const messages = lintStory(markdown).filter((message) => message.ruleId === RULE);
    expect(messages.map(rangeOf)).toEqual([range]);
    expect(messages[0].reason).toBe(reason);
    expect(messages[0].severity).toBe("warning");
    expect(messages[0].note).toMatch(/60%/);
  });

  it.each([
    { name: "the Action is the longest part", markdown: story("## Situation", SITUATION, "## Task", TASK, "## Action", LONG_ACTION, "## Result", RESULT) },
    {
      name: "a short draft under 80 words",
      markdown: story("## Situation", "Refunds were all-or-nothing and support kept asking for partial ones.", "## Task", "Add partial refunds.", "## Action", "I added a field.", "## Result", "Shipped in 9 days."),
    },
    { name: "no Action at all is star-missing-section's business", markdown: story("## Situation", SITUATION, "## Task", TASK, "## Result", RESULT) },
    { name: "an empty Action", markdown: story("## Situation", SITUATION, "## Task", TASK, "## Action", "", "## Result", RESULT) },
    {
      name: "a setup exactly as long as the Action",
      markdown: story("S: Refunds were all or nothing.", "T: Add partial ones.", `A: ${"I changed one refund path and tested it. ".repeat(1).trim()}`, `R: ${"Refunds shipped in 9 days and handled 14,000 cases in the first month with no errors. ".repeat(4)}`),
    },
    { name: "a title with no story in it", markdown: "Refund service rewrite, spring sale\n" },
  ])("does not flag $name", ({ markdown }) => {
    expect(flagged(markdown, RULE)).toEqual([]);
  });

  it("weighs the parts it finds in a story without labels", () => {
    const markdown = `${SITUATION} ${TASK} ${SHORT_ACTION} ${RESULT}\n`;
    const [message] = lintStory(markdown).filter((item) => item.ruleId === RULE);
    expect(markdown.slice(message.offset, message.endOffset)).toBe(`${SITUATION} ${TASK}`);
    expect(message.section).toBe("situation");
  });

  it("points at exactly the setup's text", () => {
    const markdown = story("## Situation", SITUATION, "## Task", TASK, "## Action", SHORT_ACTION, "## Result", RESULT);
    const [message] = lintStory(markdown).filter((item) => item.ruleId === RULE);
    expect(markdown.slice(message.offset, message.endOffset)).toBe(`${SITUATION}\n## Task\n${TASK}`);
    expect(message.section).toBe("situation");
  });
});
