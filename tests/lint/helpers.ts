import { lintStory, type LintMessage } from "../../lib/lint";

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
