import { describe, expect, it } from "vitest";
import { lintStory, STORY_RULE_MODULES, STORY_RULES } from "../../lib/lint";
import { rangeOf } from "./helpers";

// remark-lint style: each rule's documented examples are its tests, so docs and behaviour agree.
describe.each(STORY_RULE_MODULES.map((rule) => [rule.meta.id, rule] as const))("docs of %s", (id, rule) => {
  it("has a description whose `code` spans are closed (the docs page shows them as code)", () => {
    expect(rule.docs.description.length).toBeGreaterThan(80);
    expect(rule.docs.description.split("`").length % 2).toBe(1);
  });

  it("has examples that flag and examples that do not", () => {
    expect(rule.docs.examples.some((example) => example.messages.length > 0)).toBe(true);
    expect(rule.docs.examples.some((example) => example.messages.length === 0)).toBe(true);
  });

  it.each(rule.docs.examples.map((example) => [example.title, example] as const))("%s", (_title, example) => {
    const messages = lintStory(example.markdown).filter((message) => message.ruleId === id);
    expect(messages.map(rangeOf)).toEqual(example.messages.map((expected) => expected.range));
    example.messages.forEach((expected, index) => {
      const message = messages[index];
      if (expected.actual !== undefined) expect(message.actual).toBe(expected.actual);
      if (expected.reason !== undefined) expect(message.reason).toBe(expected.reason);
      expect(message.url).toBe(`/rules/${id}`);
      if (message.actual !== undefined) expect(example.markdown.slice(message.offset, message.endOffset)).toBe(message.actual);
    });
  });
});

describe("STORY_RULES", () => {
  it("lists every rule once, with its docs url and story scope", () => {
    const ids = STORY_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(["star-missing-section", "star-no-structure", "result-missing-metric", "we-instead-of-i", "vague-outcome"]),
    );
    for (const rule of STORY_RULES) {
      expect(rule.url).toBe(`/rules/${rule.id}`);
      expect(rule.scope).toBe("story");
      expect(rule.summary.length).toBeGreaterThan(10);
    }
  });
});
