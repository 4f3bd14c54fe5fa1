// config.ts imports BANK_RULES from here, and this module calls resolveConfig: the cycle is safe
// because neither module uses the other's exports while it is being evaluated.
import { resolveConfig } from "../config";
import type { BankMessage, BankReport, BankStory, LintConfig, RuleMeta } from "../types";
import { computeCoverage, normalizeStories } from "./coverage";
import type { BankContext, BankRule } from "./context";
import { bankTooSmall } from "./rules/bank-too-small";
import { figureInconsistent } from "./rules/figure-inconsistent";
import { principleThin } from "./rules/principle-thin";
import { principleUncovered } from "./rules/principle-uncovered";
import { storyOverstretched } from "./rules/story-overstretched";

/**
 * The bank rules, in the order their messages appear: the bank as a whole, then every uncovered
 * principle, then every thin one (each in the fixed principle order), then overstretched stories (in
 * the order given), then figures that disagree between stories (by the later story). Gaps come before
 * advice, so a reader who stops early has seen what matters most.
 */
const RULES: readonly BankRule[] = [bankTooSmall, principleUncovered, principleThin, storyOverstretched, figureInconsistent];

/** The bank rules with their docs (the /rules pages; tests/lint/bank-rule-docs.test.ts runs the examples). */
export const BANK_RULE_MODULES: readonly BankRule[] = RULES;

/** Metadata of every bank rule with its default severity, as GET /api/rules lists it. */
export const BANK_RULES: RuleMeta[] = RULES.map((rule) => ({ ...rule.meta }));

/**
 * Checks the whole story bank: which principles have stories, which have too few, which stories are
 * stretched over too many principles, whether there are enough stories at all, and (from the bodies,
 * when given) whether two stories give the same metric different figures.
 *
 * Pure and deterministic: the same stories and config always give the same report, with coverage rows
 * in the fixed principle order, each row's storyIds in the order the stories were given, and messages
 * ordered as described on RULES. Settings come from resolveConfig: rules set to "off" are skipped,
 * other settings replace the rule's default severity, and turning a rule off never changes the
 * coverage statuses, which are data, not findings. Throws, as resolveConfig does, when `config` fails
 * lintConfigSchema or names an unknown rule; validate user input first.
 */
export function lintBank(stories: readonly BankStory[], config?: LintConfig): BankReport {
  const resolved = resolveConfig(config);
  const normalized = normalizeStories(stories);
  const context: BankContext = {
    stories: normalized,
    bodies: stories.map((story) => (typeof story.body === "string" ? story.body : "")),
    coverage: computeCoverage(normalized, resolved.targets),
    maxPrinciplesPerStory: resolved.maxPrinciplesPerStory,
    minStories: resolved.minStories,
  };

  const messages: BankMessage[] = [];
  for (const rule of RULES) {
    const severity = resolved.rules[rule.meta.id] ?? rule.meta.severity;
    if (severity === "off") continue;
    for (const finding of rule.check(context)) {
      messages.push({
        ruleId: rule.meta.id,
        severity,
        section: null,
        reason: finding.reason,
        ...(finding.note === undefined ? {} : { note: finding.note }),
        url: rule.meta.url,
        ...(finding.principleId === undefined ? {} : { principleId: finding.principleId }),
        ...(finding.storyId === undefined ? {} : { storyId: finding.storyId }),
      });
    }
  }
  return { principles: context.coverage, messages };
}

export { DEFAULT_MAX_PRINCIPLES_PER_STORY, DEFAULT_MIN_STORIES, DEFAULT_TARGETS, MOST_ASKED_PRINCIPLES } from "./defaults";
export { computeCoverage, coverageStatus } from "./coverage";
