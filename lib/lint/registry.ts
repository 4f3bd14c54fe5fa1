import type { StoryRule } from "./rule";
import { actionNoReason } from "./rules/action-no-reason";
import { actionTooShort } from "./rules/action-too-short";
import { blameOthers } from "./rules/blame-others";
import { failureNoLesson } from "./rules/failure-no-lesson";
import { hedgeWords } from "./rules/hedge-words";
import { lpAreRightALot } from "./rules/lp-are-right-a-lot";
import { lpBiasForAction } from "./rules/lp-bias-for-action";
import { lpCustomerObsession } from "./rules/lp-customer-obsession";
import { lpDeliverResults } from "./rules/lp-deliver-results";
import { lpDiveDeep } from "./rules/lp-dive-deep";
import { lpEarnTrust } from "./rules/lp-earn-trust";
import { lpFrugality } from "./rules/lp-frugality";
import { lpHaveBackboneDisagreeAndCommit } from "./rules/lp-have-backbone-disagree-and-commit";
import { lpHireAndDevelopTheBest } from "./rules/lp-hire-and-develop-the-best";
import { lpInsistOnTheHighestStandards } from "./rules/lp-insist-on-the-highest-standards";
import { lpInventAndSimplify } from "./rules/lp-invent-and-simplify";
import { lpLearnAndBeCurious } from "./rules/lp-learn-and-be-curious";
import { lpOwnership } from "./rules/lp-ownership";
import { lpStriveToBeEarthsBestEmployer } from "./rules/lp-strive-to-be-earths-best-employer";
import { lpSuccessAndScaleBringBroadResponsibility } from "./rules/lp-success-and-scale-bring-broad-responsibility";
import { lpThinkBig } from "./rules/lp-think-big";
import { passiveAction } from "./rules/passive-action";
import { resultMissingMetric } from "./rules/result-missing-metric";
import { setupLongerThanAction } from "./rules/setup-longer-than-action";
import { spokenLength } from "./rules/spoken-length";
import { starMissingSection } from "./rules/star-missing-section";
import { starNoStructure } from "./rules/star-no-structure";
import { starUnlabelled } from "./rules/star-unlabelled";
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
  starUnlabelled,
  starMissingSection,
  resultMissingMetric,
  weInsteadOfI,
  vagueOutcome,
  // Part 2, structure and length.
  setupLongerThanAction,
  actionTooShort,
  spokenLength,
  // Part 2, language.
  actionNoReason,
  blameOthers,
  failureNoLesson,
  passiveAction,
  hedgeWords,
  // Part 2, principle packs (lib/lint/principle-pack.ts), in the order of lib/principles.ts.
  lpCustomerObsession,
  lpOwnership,
  lpInventAndSimplify,
  lpAreRightALot,
  lpLearnAndBeCurious,
  lpHireAndDevelopTheBest,
  lpInsistOnTheHighestStandards,
  lpThinkBig,
  lpBiasForAction,
  lpFrugality,
  lpEarnTrust,
  lpDiveDeep,
  lpHaveBackboneDisagreeAndCommit,
  lpDeliverResults,
  lpStriveToBeEarthsBestEmployer,
  lpSuccessAndScaleBringBroadResponsibility,
  suppressionUnknownRule,
];

/** Old rule ids that still work in config, mapped to their current id (none renamed yet). */
export const RULE_ALIASES: Readonly<Record<string, string>> = {};
