import { describe, expect, it } from "vitest";
import { lintStory, resolveConfig, STORY_RULES } from "../../lib/lint";
import { PART_ONE_RULES, story } from "./helpers";

const messy = story(
  "---",
  "title: Checkout",
  "principles: [dive-deep, deliver-results]",
  "---",
  "## Situation",
  "Checkout was slow.",
  "## Action",
  "We rewrote the cache.",
  "## Result",
  "It improved a lot.",
);

describe("lintStory", () => {
  it("returns SPEC §2 messages sorted by offset then rule id, offsets counting the front matter", () => {
    const all = lintStory(messy);
    for (let index = 1; index < all.length; index++) {
      expect(all[index].offset).toBeGreaterThanOrEqual(all[index - 1].offset);
    }
    const messages = all.filter((message) => PART_ONE_RULES.has(message.ruleId));
    expect(messages.map((m) => m.ruleId)).toEqual([
      "star-missing-section",
      "we-instead-of-i",
      "result-missing-metric",
      "vague-outcome",
    ]);
    expect(messages[3].actual).toBe("improved a lot");
    for (let index = 1; index < messages.length; index++) {
      expect(messages[index].offset).toBeGreaterThanOrEqual(messages[index - 1].offset);
    }
    const we = messages[1];
    expect(Object.keys(we)).toEqual([
      "ruleId", "severity", "section", "reason", "line", "column", "endLine", "endColumn",
      "offset", "endOffset", "actual", "expected", "note", "url",
    ]);
    expect(we).toMatchObject({ line: 8, column: 1, endLine: 8, endColumn: 3, actual: "We", expected: ["I"] });
    expect(messy.slice(we.offset, we.endOffset)).toBe("We");
  });

  it("turns rules off and changes severities through config", () => {
    const messages = lintStory(messy, { config: { rules: { "vague-outcome": "off", "we-instead-of-i": "error" } } });
    expect(messages.some((m) => m.ruleId === "vague-outcome")).toBe(false);
    expect(messages.find((m) => m.ruleId === "we-instead-of-i")?.severity).toBe("error");
    expect(lintStory(messy).some((m) => m.ruleId === "vague-outcome")).toBe(true);
  });

  it("accepts bank rule ids in a shared config", () => {
    expect(() => lintStory(messy, { config: { rules: { "principle-thin": "off" } } })).not.toThrow();
  });

  it("rejects unknown rule ids with a clear error", () => {
    expect(() => lintStory(messy, { config: { rules: { "we-instead-of-me": "off" } } })).toThrow(
      /Unknown rule id in lint config: "we-instead-of-me"; known rules: .*we-instead-of-i/,
    );
  });

  it("is synchronous and tolerates broken front matter", () => {
    const broken = story("---", "principles: [dive-deep", "title: : :", "---", "S: a", "T: b", "A: c", "R: 4");
    // Four words are too short to say (spoken-length); that is all, and the broken tags switch no pack on.
    expect(lintStory(broken).map((message) => message.ruleId)).toEqual(["spoken-length"]);
  });

  it("handles CRLF line endings", () => {
    const crlf = "## Situation\r\nslow\r\n## Action\r\nWe cached it.\r\n## Result\r\n2x\r\n";
    const we = lintStory(crlf).find((m) => m.ruleId === "we-instead-of-i")!;
    expect(we).toMatchObject({ line: 4, column: 1, actual: "We" });
  });
});

describe("resolveConfig", () => {
  it("fills every default", () => {
    const config = resolveConfig();
    for (const rule of STORY_RULES) expect(config.rules[rule.id]).toBe(rule.severity);
    expect(config.rules["principle-uncovered"]).toBeDefined();
    expect(config.targets["dive-deep"]).toBe(2);
    expect(config.maxPrinciplesPerStory).toBe(3);
    expect(config.speakingRate).toBeGreaterThan(60);
  });

  it("applies overrides", () => {
    const config = resolveConfig({ rules: { "result-missing-metric": "info" }, targets: { frugality: 0 }, speakingRate: 120 });
    expect(config.rules["result-missing-metric"]).toBe("info");
    expect(config.targets.frugality).toBe(0);
    expect(config.speakingRate).toBe(120);
  });

  it.each([
    [{ rules: { nope: "off" } }, /Unknown rule id in lint config: "nope"/],
    [{ rules: { a: "off", b: "warning" } }, /Unknown rule ids in lint config: "a", "b"/],
    [{ rules: { "vague-outcome": "loud" } }, /Invalid lint config: rules\.vague-outcome/],
    [{ extra: true }, /Invalid lint config/],
  ])("throws on %j", (config, message) => {
    expect(() => resolveConfig(config as never)).toThrow(message);
  });
});
