import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { flagged, story } from "../helpers";

const RULE = "we-instead-of-i";

const invalid: Array<{ name: string; markdown: string; expected: Array<{ range: string; actual: string }> }> = [
  {
    name: "headed story: we in Action and Result",
    markdown: story(
      "## Situation",
      "Our payments API timed out under Black Friday load.",
      "## Task",
      "I was asked to make it survive 5x traffic.",
      "## Action",
      "First I load-tested it. We then migrated the sessions to Redis and we added a circuit breaker.",
      "## Result",
      "We shipped two weeks early and errors fell 90%.",
    ),
    expected: [
      { range: "6:25-6:27", actual: "We" },
      { range: "6:68-6:70", actual: "we" },
      { range: "8:1-8:3", actual: "We" },
    ],
  },
  {
    name: "bold labels: decisions and irregular verbs",
    markdown: story(
      "**Situation:** The nightly batch kept failing.",
      "**Task:** Make it reliable.",
      "**Action:** We decided to split the job, and we wrote idempotent retries.",
      "**Result:** Failures dropped from 12 a month to 1.",
    ),
    expected: [
      { range: "3:13-3:15", actual: "We" },
      { range: "3:46-3:48", actual: "we" },
    ],
  },
  {
    name: "inline labels in one paragraph",
    markdown: "Situation: our search was slow. Task: fix it. Action: we rebuilt the index. Result: 3x faster.",
    expected: [{ range: "1:55-1:57", actual: "we" }],
  },
  {
    name: "the team and our team as subjects",
    markdown: story(
      "S: Deploys took a day.",
      "T: Cut that to an hour.",
      "A: Our team automated the pipeline; then the team removed manual approvals.",
      "R: Deploys take 40 minutes.",
    ),
    expected: [
      { range: "3:4-3:12", actual: "Our team" },
      { range: "3:42-3:50", actual: "the team" },
    ],
  },
  {
    name: "emoji labels with a we've",
    markdown: story(
      "✅ S – Situation: Onboarding took two weeks.",
      "✅ T – Task: Halve it.",
      "✅ A – Action: We've rewritten the setup scripts.",
      "✅ R – Result: New hires ship on day 3.",
    ),
    expected: [{ range: "3:15-3:17", actual: "We" }],
  },
  {
    name: "bullets under an Action heading",
    markdown: story(
      "## Situation",
      "Alerts were noisy.",
      "## Task",
      "Fix the paging.",
      "## Action",
      "- I audited 300 alerts.",
      "- We deleted the ones nobody acted on.",
      "## Result",
      "Pages fell from 40 to 6 a week.",
    ),
    expected: [{ range: "7:3-7:5", actual: "We" }],
  },
];

const valid: Array<{ name: string; markdown: string }> = [
  {
    name: "we in the Situation",
    markdown: story("## Situation", "We launched a new checkout and we saw errors.", "## Task", "Fix it.", "## Action", "I profiled it.", "## Result", "Errors fell 80%."),
  },
  {
    name: "state verbs and needs",
    markdown: story(
      "S: x",
      "T: We needed to cut costs; we had a month and we were four people.",
      "A: I compared vendors. We are a team of four, so we have little slack.",
      "R: We now deploy daily and we have 30% lower costs.",
    ),
  },
  {
    name: "modals, plans and negations",
    markdown: story("S: x", "T: We would need to migrate.", "A: I argued we should wait; we didn't rush. We'll revisit it.", "R: We could ship in 2 days."),
  },
  {
    name: "quoted speech in straight, curly and single quotes",
    markdown: story(
      "S: x",
      "T: y",
      'A: My lead said "we rewrote this last year." I replied, “We migrated it twice.” He wrote \'we tried that\' in the doc.',
      "R: 20% faster.",
    ),
  },
  {
    name: "we inside other words and in code",
    markdown: story("S: x", "T: y", "A: I set weekly syncs and paid what we owe; I ran `we deployed` in the shell.", "R: Weekend pages fell 50%."),
  },
  {
    name: "the team as an object",
    markdown: story("S: x", "T: y", "A: I told the team my plan and I asked the team reviewed nothing.", "R: 2 days saved."),
  },
  {
    name: "collective acts",
    markdown: story("S: x", "T: y", "A: I proposed two options and we agreed on the second; we discussed the risks.", "R: 2 days saved."),
  },
  {
    name: "block quotes and headings",
    markdown: story("## Situation", "x", "## Task", "y", "## Action", "> We migrated everything, my manager wrote.", "", "### What we learned", "I cached.", "## Result", "2x."),
  },
  {
    name: "no structure: nothing to attribute",
    markdown: "We migrated the service and we rewrote the cache.\n",
  },
  {
    name: "combined Situation & Task label counts as Situation",
    markdown: story("**Situation & Task:** We inherited a slow API and we migrated nothing yet.", "**Action:** I cached.", "**Result:** 2x faster."),
  },
];

describe(RULE, () => {
  it.each(invalid.map((testCase) => [testCase.name, testCase] as const))("flags: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual(testCase.expected);
  });

  it.each(valid.map((testCase) => [testCase.name, testCase] as const))("does not flag: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual([]);
  });

  it("offers I as the fix and names the section", () => {
    const [message] = lintStory(invalid[0].markdown).filter((m) => m.ruleId === RULE);
    expect(message).toMatchObject({ severity: "warning", section: "action", expected: ["I"], url: "/rules/we-instead-of-i" });
    expect(message.note).toMatch(/I/);
  });
});
