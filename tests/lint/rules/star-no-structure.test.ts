import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { flagged, story } from "../helpers";

const RULE = "star-no-structure";

describe(RULE, () => {
  it.each([
    ["a narrative", "I noticed checkout was slow. So I cached it and it got faster.\n", "1:1-1:63"],
    ["a narrative after front matter and blank lines", "---\ntitle: x\n---\n\n\n  Our checkout was slow.\nI fixed it.\n", "6:3-6:25"],
    ["prose that mentions the words", "The situation was bad, my task unclear; the action I took had a result.\n", "1:1-1:72"],
    ["one plain label over one line", "Background: I led payments.\n", "1:1-1:28"],
    ["one bold label over a few words", story("Prose.", "", "**Result:** 2x."), "1:1-1:7"],
    ["an empty story", "", "1:1-1:1"],
    ["only front matter", "---\ntitle: x\n---\n", "3:4-3:4"],
  ])("flags once: %s", (_name, markdown, range) => {
    expect(flagged(markdown, RULE)).toEqual([{ range }]);
    expect(lintStory(markdown).filter((m) => m.ruleId === "star-missing-section")).toEqual([]);
  });

  it.each([
    ["headings", story("## Situation", "a", "## Task", "b")],
    ["letters", story("S: a", "T: b", "A: c", "R: d")],
    ["inline labels", "Situation: a. Task: b. Action: c. Result: 4."],
    ["one plain label and a story after it", "Background: I led payments.\nI cut p99 by 40%.\n"],
    ["a story in paragraphs without labels", story("Last spring our checkout timed out in every sale.", "", "I profiled the cart service and rewrote its slowest query.", "", "As a result p99 fell from 800 ms to 120 ms.")],
  ])("does not flag: %s", (_name, markdown) => {
    expect(flagged(markdown, RULE)).toEqual([]);
  });

  it("is an error without a section", () => {
    expect(lintStory("hello\n")).toEqual([
      expect.objectContaining({ ruleId: RULE, severity: "error", section: null, url: "/rules/star-no-structure" }),
    ]);
  });
});
