import type { RuleMeta } from "../types";
import type { BankRule } from "./context";
import { bankTooSmall } from "./rules/bank-too-small";
import { figureInconsistent } from "./rules/figure-inconsistent";
import { principleThin } from "./rules/principle-thin";
import { principleUncovered } from "./rules/principle-uncovered";
import { storyOverstretched } from "./rules/story-overstretched";
import { storyTypeMissing } from "./rules/story-type-missing";

/**
 * The bank rules, as lib/lint/registry.ts lists the story rules. Kept apart from lintBank (index.ts)
 * because config.ts needs their ids and defaults while lintBank needs config.ts: with the list in its
 * own module, config.ts → registry.ts and index.ts → config.ts, and nothing imports in a circle.
 *
 * The order is the order their messages appear: the bank as a whole, then every uncovered principle,
 * then every thin one (each in the fixed principle order), then overstretched stories (in the order
 * given), then figures that disagree between stories (by the later story), then the kinds of story nearly every
 * loop asks for that the bank lacks (failure, disagreement, tight deadline). Gaps come before advice,
 * so a reader who stops early has seen what matters most. Each carries its docs (the /rules pages;
 * tests/lint/bank-rule-docs.test.ts runs their examples).
 */
export const BANK_RULE_MODULES: readonly BankRule[] = [bankTooSmall, principleUncovered, principleThin, storyOverstretched, figureInconsistent, storyTypeMissing];

/** Metadata of every bank rule with its default severity, as GET /api/rules lists it. */
export const BANK_RULES: RuleMeta[] = BANK_RULE_MODULES.map((rule) => ({ ...rule.meta }));
