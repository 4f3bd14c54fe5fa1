import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { flagged, story } from "../helpers";

const RULE = "suppression-unknown-rule";

const invalid: Array<{ name: string; markdown: string; expected: Array<{ range: string; actual: string }> }> = [
  {
    name: "a misspelt id in a disable-next-line",
    markdown: story(
      "## Situation",
      "Our pager fired 60 times a week.",
      "## Task",
      "Cut the noise.",
      "## Action",
      "<!-- story-lint disable-next-line we-insted-of-i: the whole rotation did this -->",
      "We deleted 200 alerts.",
      "## Result",
      "Pages fell to 6 a week.",
    ),
    expected: [{ range: "6:35-6:49", actual: "we-insted-of-i" }],
  },
  {
    name: "one unknown among comma-separated ids",
    markdown: story(
      "**Situation:** Slow builds.",
      "**Task:** Speed them up.",
      "**Action:** I added remote caching.",
      "**Result:** <!-- story-lint disable vague-outcome,passive-voice: quoting the VP --> Builds are much faster.",
    ),
    expected: [{ range: "4:51-4:64", actual: "passive-voice" }],
  },
  {
    name: "space-separated ids, an enable with a wrong id, and a bank-style typo",
    markdown: story(
      "S: x",
      "T: y",
      "<!-- story-lint disable we-instead-of-i star-missing -->",
      "A: We migrated it.",
      "<!-- story-lint enable We-Instead-Of-I principle-thinn -->",
      "R: 2x.",
    ),
    expected: [
      { range: "3:41-3:53", actual: "star-missing" },
      { range: "5:40-5:55", actual: "principle-thinn" },
    ],
  },
];

const valid: Array<{ name: string; markdown: string }> = [
  {
    name: "known story and bank rule ids, any case, and the all-rules form",
    markdown: story(
      "<!-- story-lint disable -->",
      "S: x",
      "<!-- story-lint enable -->",
      "T: y",
      "<!-- story-lint disable-next-line Result-Missing-Metric, principle-thin: bank-level note -->",
      "A: I cached.",
      "R: faster.",
    ),
  },
  {
    name: "ordinary HTML comments and other tools' directives",
    markdown: story("<!-- TODO: add numbers -->", "<!-- markdownlint-disable MD013 -->", "<!-- story lint disable wrong-thing -->", "S: x", "T: y", "A: z", "R: 2x."),
  },
  {
    name: "a suppression comment inside code is text, not a directive",
    markdown: story("S: x", "T: y", "A: I wrote the docs:", "", "```md", "<!-- story-lint disable no-such-rule -->", "```", "", "R: 2x."),
  },
  {
    name: "a colon in the reason is not a rule id",
    markdown: story("S: x", "T: y", "<!-- story-lint disable-next-line we-instead-of-i: reason: pair work, see PR 12 -->", "A: We paired on it.", "R: 2x."),
  },
];

describe(RULE, () => {
  it.each(invalid.map((testCase) => [testCase.name, testCase] as const))("flags: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual(testCase.expected);
  });

  it.each(valid.map((testCase) => [testCase.name, testCase] as const))("does not flag: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual([]);
  });

  it("is a warning in the comment's section that suggests the id meant", () => {
    const [message] = lintStory(invalid[0].markdown).filter((m) => m.ruleId === RULE);
    expect(message).toMatchObject({
      severity: "warning",
      section: "action",
      expected: ["we-instead-of-i"],
      url: "/rules/suppression-unknown-rule",
      reason: '"we-insted-of-i" is not a story-lint rule, so this comment waives nothing: did you mean "we-instead-of-i"?',
    });
  });

  it("cannot be waived by a suppression comment, so a typo cannot hide itself", () => {
    const markdown = story("<!-- story-lint disable -->", "S: x", "T: y", "A: z", "R: 2x.", "<!-- story-lint disable nope -->");
    expect(flagged(markdown, RULE)).toEqual([{ range: "6:25-6:29", actual: "nope" }]);
  });
});
