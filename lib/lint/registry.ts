import type { StoryRule } from "./rule";
import { actionTooShort } from "./rules/action-too-short";
import { resultMissingMetric } from "./rules/result-missing-metric";
import { setupLongerThanAction } from "./rules/setup-longer-than-action";
import { spokenLength } from "./rules/spoken-length";
import { starMissingSection } from "./rules/star-missing-section";
import { starNoStructure } from "./rules/star-no-structure";
import { suppressionUnknownRule } from "./rules/suppression-unknown-rule";
import { vagueOutcome } from "./rules/vague-outcome";
import { weInsteadOfI } from "./rules/we-instead-of-i";

/**
 * Every story rule. Adding a rule is one file in lib/lint/rules/<rule-id>.ts (made with
 * defineStoryRule, its docs examples included), one line here, and its case table in
 * tests/lint/rules/<rule-id>.test.ts; tests/lint/rule-docs.test.ts runs its examples automatically.
 */
export const STORY_RULE_MODULES: readonly StoryRule[] = [
  starNoStructure,
  starMissingSection,
  resultMissingMetric,
  weInsteadOfI,
  vagueOutcome,
  // Part 2, structure and length.
  setupLongerThanAction,
  actionTooShort,
  spokenLength,
  // Part 2, language.
  // Part 2, principle packs (lib/lint/principle-pack.ts), in the order of lib/principles.ts.
  suppressionUnknownRule,
];

/** Old rule ids that still work in config, mapped to their current id (none renamed yet). */
export const RULE_ALIASES: Readonly<Record<string, string>> = {};
