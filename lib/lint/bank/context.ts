import type { PrincipleId } from "../../principles";
import type { BankMessage, BankStory, LintConfig, PrincipleCoverage, RuleMeta } from "../types";

/** A story with its principle tags deduplicated and restricted to known ids, in the order given. */
export interface NormalizedStory {
  id: string;
  title: string;
  principles: PrincipleId[];
}

/** What every bank rule reads: the stories, the coverage matrix and the resolved numeric settings. */
export interface BankContext {
  stories: NormalizedStory[];
  /** Each story's markdown body, by the index of `stories`; "" when the caller gave none. */
  bodies: string[];
  coverage: PrincipleCoverage[];
  maxPrinciplesPerStory: number;
  minStories: number;
}

/** A rule's finding before lintBank stamps the rule id, the configured severity and the url on it. */
export type BankFinding = Pick<BankMessage, "reason" | "note" | "principleId" | "storyId">;

/** A documented bank: its stories, and every message this rule gives on it. Run by
 * tests/lint/bank-rule-docs.test.ts, so the docs page at /rules/<id> shows what the rule does. */
export interface BankRuleExample {
  title: string;
  stories: BankStory[];
  config?: LintConfig;
  /** Every message of the rule on this bank, in order; empty means "not flagged". */
  messages: Array<{ reason: string; storyId?: string; principleId?: PrincipleId }>;
}

export interface BankRuleDocs {
  /** What the rule checks and why interviewers care. */
  description: string;
  examples: BankRuleExample[];
}

/** One bank rule: its metadata (default severity included), docs, and a pure check over the bank. */
export interface BankRule {
  meta: RuleMeta;
  docs: BankRuleDocs;
  check(context: BankContext): BankFinding[];
}

/** Quote a story for a reason: its title, or its id when it has none. */
export function quoteStory(story: NormalizedStory): string {
  const label = story.title.trim() || story.id;
  return `“${label}”`;
}

/** "1 story", "3 stories". */
export function countStories(count: number): string {
  return `${count} ${count === 1 ? "story" : "stories"}`;
}
