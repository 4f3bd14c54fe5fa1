import { describe, expect, it } from "vitest";
import { lintStory } from "../../lib/lint";
import { definePrincipleRule, phrasePattern, principleRuleId } from "../../lib/lint/principle-pack";
import { story } from "./helpers";

describe("phrasePattern", () => {
  const cases: Array<{ name: string; phrases: string[]; text: string; matches: boolean }> = [
    { name: "a space matches a line break", phrases: ["took ownership"], text: "I took\nownership of it.", matches: true },
    { name: "a space matches blanked markup", phrases: ["took ownership"], text: "I took   ownership   of it.", matches: true },
    { name: "a straight apostrophe matches a curly one", phrases: ["wasn't mine"], text: "It wasn’t mine.", matches: true },
    { name: "a straight apostrophe matches itself", phrases: ["wasn't mine"], text: "It wasn't mine.", matches: true },
    { name: "case is ignored", phrases: ["slo"], text: "We agreed an SLO.", matches: true },
    { name: "whole words only, at the start", phrases: ["test"], text: "A contest.", matches: false },
    { name: "whole words only, at the end", phrases: ["test"], text: "The testimony.", matches: false },
    { name: "a letter outside ASCII is part of the word", phrases: ["learn"], text: "learné", matches: false },
    { name: "a class holding a space is left as written", phrases: ["long[- ]term"], text: "a long-term fix", matches: true },
    { name: "a class holding an apostrophe is left as written", phrases: ["didn['’]t"], text: "didn’t", matches: true },
    { name: "escapes are kept", phrases: ["vs\\."], text: "A vs. B", matches: true },
  ];
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))("%s", (_name, testCase) => {
    expect(phrasePattern(testCase.phrases).test(testCase.text)).toBe(testCase.matches);
  });
});

describe("definePrincipleRule", () => {
  const docs = { description: "d", examples: [] };
  it("names the rule lp-<principle-id>", () => {
    expect(principleRuleId("think-big")).toBe("lp-think-big");
    const rule = definePrincipleRule({ principle: "frugality", summary: "A test pack summary.", docs, checks: [] });
    expect(rule.meta.id).toBe("lp-frugality");
    expect(rule.meta.severity).toBe("warning");
  });

  it("rejects duplicate checks, a requires that points forward and a reason that does not name the principle", () => {
    const check = { id: "a", reason: "Your Frugality story lacks m: add e.", searchIn: ["action"] as const, evidence: [/x/], reportIn: "action" as const, note: "n" };
    expect(() => definePrincipleRule({ principle: "frugality", summary: "s", docs, checks: [check, check] })).toThrow(/Duplicate/);
    expect(() => definePrincipleRule({ principle: "frugality", summary: "s", docs, checks: [{ ...check, requires: "b" }] })).toThrow(/earlier/);
    expect(() => definePrincipleRule({ principle: "frugality", summary: "s", docs, checks: [{ ...check, reason: "Your story lacks m: add e." }] })).toThrow(/does not name Frugality/);
  });

  it("is silent on stories without the principle and on stories without STAR structure", () => {
    const weak = story("## Situation", "x", "## Task", "y", "## Action", "I upgraded the SDK.", "## Result", "It shipped.");
    expect(lintStory(weak).filter((message) => message.ruleId === "lp-ownership")).toEqual([]);
    expect(lintStory(weak, { principles: ["ownership"] }).filter((message) => message.ruleId === "lp-ownership")).toHaveLength(1);
    expect(lintStory("I upgraded the SDK and it shipped.", { principles: ["ownership"] }).filter((m) => m.ruleId === "lp-ownership")).toEqual([]);
  });

  it("reports nothing when the section it points at is empty (star-missing-section covers it)", () => {
    const noAction = story("## Situation", "x", "## Task", "y", "## Action", "", "## Result", "It shipped.");
    expect(lintStory(noAction, { principles: ["ownership"] }).filter((message) => message.ruleId === "lp-ownership")).toEqual([]);
  });

  it("counts a figure only in figuresIn: a figure in the Action does not show what became of a mentee", () => {
    const lines = (result: string) =>
      story("## Situation", "A junior engineer joined.", "## Task", "I offered to mentor him.", "## Action", "I paired with him 3 times a week.", "## Result", result);
    const growth = (markdown: string) =>
      lintStory(markdown, { principles: ["hire-and-develop-the-best"] }).filter((message) => message.ruleId === "lp-hire-and-develop-the-best");
    expect(growth(lines("The revamp shipped on time."))).toHaveLength(1);
    expect(growth(lines("Comments on each change fell from 40 to 8."))).toEqual([]);
  });
});

describe("phrasePattern guards", () => {
  it("refuses phrases that could never match", () => {
    expect(() => phrasePattern(["straight ?away"])).toThrow(/does not match what it says/);
    expect(() => phrasePattern(["took over "])).toThrow(/does not match what it says/);
    expect(phrasePattern(["straight(?:\\s+)?away"]).test("I fixed it straightaway")).toBe(true);
  });
});
