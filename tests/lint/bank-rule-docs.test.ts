import { describe, expect, it } from "vitest";
import { BANK_RULE_MODULES, BANK_RULES, lintBank } from "../../lib/lint/bank";

// The bank rules' documented examples are their tests too, as the story rules' are (rule-docs.test.ts).
describe.each(BANK_RULE_MODULES.map((rule) => [rule.meta.id, rule] as const))("docs of %s", (id, rule) => {
  it("has a description and examples that flag and examples that do not", () => {
    expect(rule.docs.description.length).toBeGreaterThan(80);
    expect(rule.docs.description.split("`").length % 2).toBe(1);
    expect(rule.docs.examples.some((example) => example.messages.length > 0)).toBe(true);
    expect(rule.docs.examples.some((example) => example.messages.length === 0)).toBe(true);
  });

  it.each(rule.docs.examples.map((example) => [example.title, example] as const))("%s", (_title, example) => {
    const messages = lintBank(example.stories, example.config).messages.filter((message) => message.ruleId === id);
    expect(
      messages.map((message) => ({
        reason: message.reason,
        ...(message.storyId !== undefined ? { storyId: message.storyId } : {}),
        ...(message.principleId !== undefined ? { principleId: message.principleId } : {}),
      })),
    ).toEqual(example.messages);
    for (const message of messages) expect(message.url).toBe(`/rules/${id}`);
  });
});

it("documents every bank rule GET /api/rules lists", () => {
  expect(BANK_RULE_MODULES.map((rule) => rule.meta.id)).toEqual(BANK_RULES.map((rule) => rule.id));
});
