import { describe, expect, it } from "vitest";
import { lintStory, type LintMessage } from "../../lib/lint";
import type { PrincipleId } from "../../lib/principles";

/** `line:col-line:col`, as remark-lint writes positions. */
export function rangeOf(message: LintMessage): string {
  return `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`;
}

/** Messages of one rule only, as `{ range, actual }` for compact table assertions. */
export function flagged(markdown: string, ruleId: string): Array<{ range: string; actual?: string }> {
  return lintStory(markdown)
    .filter((message) => message.ruleId === ruleId)
    .map((message) => ({ range: rangeOf(message), ...(message.actual !== undefined ? { actual: message.actual } : {}) }));
}

/** Joins lines so fixtures read like the story files they stand for. */
export function story(...lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

/**
 * The part-1 rules. Tests of mechanics (suppression comments, sorting, the message shape) are written
 * with these on deliberately short stories, which the coaching rules (spoken-length, principle packs …)
 * would also, rightly, comment on; such tests look only at these rules.
 */
export const PART_ONE_RULES: ReadonlySet<string> = new Set([
  "star-no-structure",
  "star-missing-section",
  "result-missing-metric",
  "we-instead-of-i",
  "vague-outcome",
  "suppression-unknown-rule",
]);

/** A story file tagged in its front matter (4 lines), so the body starts on line 5. */
export function tagged(principles: string, ...lines: string[]): string {
  return story("---", "title: A story", `principles: [${principles}]`, "---", ...lines);
}

/** One rule's messages as `{ range, section, reason }`, principles from the option or the front matter. */
export function packFindings(ruleId: string) {
  return (markdown: string, principles?: PrincipleId[]) =>
    lintStory(markdown, principles ? { principles } : {})
      .filter((message) => message.ruleId === ruleId)
      .map((message) => ({ range: rangeOf(message), section: message.section, reason: message.reason }));
}

interface PackCase {
  name: string;
  markdown: string;
  principles?: PrincipleId[];
}

/** A principle pack's case table: every invalid case gives exactly its messages, every valid one none. */
export function describePackRule(
  ruleId: string,
  invalid: ReadonlyArray<PackCase & { expected: Array<{ range: string; section: string | null; reason: string }> }>,
  valid: readonly PackCase[],
): void {
  const findings = packFindings(ruleId);
  describe(ruleId, () => {
    it.each(invalid.map((testCase) => [testCase.name, testCase] as const))("flags: %s", (_name, testCase) => {
      expect(findings(testCase.markdown, testCase.principles)).toEqual(testCase.expected);
    });
    it.each(valid.map((testCase) => [testCase.name, testCase] as const))("does not flag: %s", (_name, testCase) => {
      expect(findings(testCase.markdown, testCase.principles)).toEqual([]);
    });
  });
}
