import { resolveConfig } from "../config";
import type { BankMessage, BankReport, BankStory, LintConfig } from "../types";
import type { BankContext } from "./context";
import { computeCoverage, normalizeStories } from "./coverage";
import { BANK_RULE_MODULES } from "./registry";

/**
 * Checks the whole story bank: which principles have stories, which have too few, which stories are
 * stretched over too many principles, whether there are enough stories at all, and (from the bodies,
 * when given) whether two stories give the same metric different figures.
 *
 * Pure and deterministic: the same stories and config always give the same report, with coverage rows
 * in the fixed principle order, each row's storyIds in the order the stories were given, and messages
 * ordered as described on BANK_RULE_MODULES (registry.ts). Settings come from resolveConfig: rules set to "off" are skipped,
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
  for (const rule of BANK_RULE_MODULES) {
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

export { BANK_RULE_MODULES, BANK_RULES } from "./registry";
export { DEFAULT_MAX_PRINCIPLES_PER_STORY, DEFAULT_MIN_STORIES, DEFAULT_TARGETS, MOST_ASKED_PRINCIPLES } from "./defaults";
export { computeCoverage, coverageStatus } from "./coverage";
