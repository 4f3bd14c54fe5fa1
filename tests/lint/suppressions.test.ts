import { describe, expect, it } from "vitest";
import { findSections, lintStory, lintStoryWithSuppressions, type LintConfig } from "../../lib/lint";
import { PART_ONE_RULES, rangeOf, story } from "./helpers";

/** Active and waived messages of the part-1 rules as `ruleId@line:col-line:col`, plus each waiver's
 * reason. (The mechanics are the same for every rule; see PART_ONE_RULES.) */
function outcome(markdown: string, config?: LintConfig) {
  const result = lintStoryWithSuppressions(markdown, { config });
  return {
    active: result.messages.filter((message) => PART_ONE_RULES.has(message.ruleId)).map((message) => `${message.ruleId}@${rangeOf(message)}`),
    waived: result.suppressed
      .filter((entry) => PART_ONE_RULES.has(entry.message.ruleId))
      .map((entry) => ({ at: `${entry.message.ruleId}@${rangeOf(entry.message)}`, reason: entry.reason })),
  };
}

const weStory = (...action: string[]) =>
  story("## Situation", "A partner API broke every checkout.", "## Task", "Restore checkout.", "## Action", ...action, "## Result", "Checkout was back in 40 minutes.");

const cases: Array<{ name: string; markdown: string; active: string[]; waived: Array<{ at: string; reason: string | null }> }> = [
  {
    name: "disable … enable waives the rule between the comments only",
    markdown: weStory(
      "<!-- story-lint disable we-instead-of-i: our whole team was paged -->",
      "We rolled back the release and we moved traffic to the backup region.",
      "<!-- story-lint enable we-instead-of-i -->",
      "Then we wrote the postmortem.",
    ),
    active: ["we-instead-of-i@9:6-9:8"],
    waived: [
      { at: "we-instead-of-i@7:1-7:3", reason: "our whole team was paged" },
      { at: "we-instead-of-i@7:32-7:34", reason: "our whole team was paged" },
    ],
  },
  {
    name: "disable without enable lasts to the end of the story",
    markdown: weStory("I paged the partner.", "<!-- story-lint disable we-instead-of-i: shared incident -->", "We rolled back.", "", "Later we rewrote the client."),
    active: [],
    waived: [
      { at: "we-instead-of-i@8:1-8:3", reason: "shared incident" },
      { at: "we-instead-of-i@10:7-10:9", reason: "shared incident" },
    ],
  },
  {
    name: "disable-next-line covers the next non-blank line only",
    markdown: weStory("<!-- story-lint disable-next-line we-instead-of-i: pair programming -->", "", "We rewrote the client.", "We added a retry budget."),
    active: ["we-instead-of-i@9:1-9:3"],
    waived: [{ at: "we-instead-of-i@8:1-8:3", reason: "pair programming" }],
  },
  {
    name: "several ids, comma- or space-separated",
    markdown: story(
      "S: Churn rose.",
      "T: Win customers back.",
      "A: I called the top accounts.",
      "<!-- story-lint disable-next-line vague-outcome result-missing-metric: the client's own words -->",
      "R: They were very satisfied.",
    ),
    active: [],
    waived: [
      { at: "result-missing-metric@5:4-5:29", reason: "the client's own words" },
      { at: "vague-outcome@5:14-5:28", reason: "the client's own words" },
    ],
  },
  {
    name: "no rule id means every rule, and no reason is null",
    markdown: story("<!-- story-lint disable -->", "We fixed the pager and it got better."),
    active: [],
    waived: [{ at: "star-no-structure@2:1-2:38", reason: null }],
  },
  {
    name: "enable of one rule after disabling all re-enables that rule only",
    markdown: story(
      "S: Churn rose.",
      "T: y",
      "<!-- story-lint disable: draft -->",
      "<!-- story-lint enable we-instead-of-i -->",
      "A: We emailed the top accounts.",
      "R: They were very satisfied.",
    ),
    active: ["we-instead-of-i@5:4-5:6"],
    waived: [
      { at: "result-missing-metric@6:4-6:29", reason: "draft" },
      { at: "vague-outcome@6:14-6:28", reason: "draft" },
    ],
  },
  {
    name: "an unknown id waives nothing and is reported",
    markdown: weStory("<!-- story-lint disable-next-line we-instead-of-me: typo -->", "We rolled back."),
    active: ["suppression-unknown-rule@6:35-6:51", "we-instead-of-i@7:1-7:3"],
    waived: [],
  },
  {
    name: "a comment after the message does not reach back",
    markdown: weStory("We rolled back.", "<!-- story-lint disable we-instead-of-i: too late -->"),
    active: ["we-instead-of-i@6:1-6:3"],
    waived: [],
  },
  {
    name: "a directive inside a code block is text",
    markdown: weStory("```", "<!-- story-lint disable -->", "```", "", "We rolled back."),
    active: ["we-instead-of-i@10:1-10:3"],
    waived: [],
  },
  {
    name: "a disabled rule's messages are waived for the whole story from the top",
    markdown: story("<!-- story-lint disable star-missing-section: Problem-Action-Result on purpose -->", "Problem: slow checkout.", "", "What I did: cached.", "", "Outcome: 40% faster."),
    active: [],
    waived: [{ at: "star-missing-section@2:24-2:24", reason: "Problem-Action-Result on purpose" }],
  },
];

describe("suppression comments", () => {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))("%s", (_name, testCase) => {
    expect(outcome(testCase.markdown)).toEqual({ active: testCase.active, waived: testCase.waived });
  });

  it("lintStory returns only the active messages", () => {
    const markdown = cases[0].markdown;
    expect(lintStory(markdown)).toEqual(lintStoryWithSuppressions(markdown).messages);
  });

  it("points each waiver at its comment", () => {
    const markdown = cases[2].markdown;
    const [entry] = lintStoryWithSuppressions(markdown).suppressed;
    expect(markdown.slice(entry.comment.offset, entry.comment.endOffset)).toBe(
      "<!-- story-lint disable-next-line we-instead-of-i: pair programming -->",
    );
    expect(entry.message).toMatchObject({ ruleId: "we-instead-of-i", severity: "warning", section: "action" });
  });

  it("lists nothing for rules turned off in the config", () => {
    const markdown = cases[0].markdown;
    expect(outcome(markdown, { rules: { "we-instead-of-i": "off" } })).toEqual({ active: [], waived: [] });
  });

  it("does not count a suppression comment as section content", () => {
    const markdown = story(
      "## Situation",
      "A partner API broke checkout.",
      "## Task",
      "<!-- story-lint disable we-instead-of-i: shared on-call -->",
      "## Action",
      "We rolled back.",
      "## Result",
      "<!-- story-lint disable-next-line result-missing-metric -->",
    );
    const sections = findSections(markdown);
    expect(sections.task?.words).toBe(0);
    expect(sections.result?.words).toBe(0);
    expect(outcome(markdown).active).toEqual(["star-missing-section@3:1-3:8", "star-missing-section@7:1-7:10"]);
  });
});
