import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { flagged, story } from "../helpers";

const RULE = "star-missing-section";

describe(RULE, () => {
  it.each([
    [
      "missing Task in a headed story: after the Situation's text",
      story("## Situation", "Checkout was slow.", "", "## Action", "I profiled it.", "", "## Result", "p99 fell 40%."),
      [{ range: "2:19-2:19" }],
    ],
    [
      "missing Result in bold labels: after the Action's text",
      story("**Situation:** slow", "**Task:** fix", "**Action:** I cached it."),
      [{ range: "3:25-3:25" }],
    ],
    [
      "missing Situation: before the first part",
      story("# Title", "", "T: cut p99", "A: I cached", "R: 60 ms"),
      [{ range: "3:1-3:1" }],
    ],
    [
      "empty heading and missing Result",
      story("## Situation", "slow", "## Task", "## Action", "I cached."),
      [{ range: "3:1-3:8", actual: "## Task" }, { range: "5:10-5:10" }],
    ],
    [
      "empty bold label",
      story("**Situation:** slow", "**Task:**", "**Action:** I cached.", "**Result:** 2x."),
      [{ range: "2:1-2:10", actual: "**Task:**" }],
    ],
    [
      "a lone bold Result after a line of context: no Task and no step described",
      story("Checkout was slow and I fixed it.", "", "**Result:** p99 fell to 60 ms."),
      [{ range: "1:34-1:34" }, { range: "1:34-1:34" }],
    ],
    [
      "Problem-Action-Result without a goal: the Task is missing, after the problem",
      story("Problem: slow checkout.", "", "What I did: cached.", "", "Outcome: 40% faster."),
      [{ range: "1:24-1:24" }],
    ],
    [
      "Challenge-Action-Result headings: one message, for the Task",
      story("## Challenge", "Our pager fired 60 times a week.", "## Action", "I cut alerts.", "## Result", "6 a week."),
      [{ range: "2:33-2:33" }],
    ],
  ])("flags: %s", (_name, markdown, expected) => {
    expect(flagged(markdown, RULE)).toEqual(expected);
  });

  it.each([
    ["all four headings", story("## Situation", "a", "## Task", "b", "## Action", "c", "## Result", "d")],
    ["combined Situation & Task", story("**Situation & Task:** slow, had to fix.", "**Action:** cache.", "**Result:** 40%.")],
    [
      "Problem-Action-Result whose problem states the goal",
      story("**Problem:** Checkout p99 was 800 ms and I was asked to get it under 100 ms.", "**What I did:** I cached.", "**Outcome:** 60 ms."),
    ],
    ["Situation then Problem: the problem is the task", story("## Situation", "slow", "## Problem", "cut p99", "## Action", "cache", "## Result", "40%")],
    ["Problem then Task: the problem is the situation", story("## Problem", "slow", "## Task", "cut p99", "## Action", "cache", "## Result", "40%")],
    ["no structure at all (star-no-structure instead)", "I fixed it and it got faster.\n"],
  ])("does not flag: %s", (_name, markdown) => {
    expect(flagged(markdown, RULE)).toEqual([]);
  });

  it("names the missing section and is an error", () => {
    const [message] = lintStory(story("## Situation", "slow", "## Action", "x", "## Result", "2x")).filter((m) => m.ruleId === RULE);
    expect(message).toMatchObject({ severity: "error", section: "task", url: "/rules/star-missing-section" });
    expect(message.actual).toBeUndefined();
  });
});
