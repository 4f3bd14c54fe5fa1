import { PRINCIPLE_IDS, type PrincipleId } from "../../principles";

/**
 * Defaults of the bank rules. Every one can be overridden in LintConfig (`targets`,
 * `maxPrinciplesPerStory`, `minStories`); the values here are what a candidate for an engineering role
 * at Amazon needs when they have configured nothing.
 */

/**
 * The principles interviewers probe most often in engineering loops. Each comes up in several rounds of
 * one loop, and a story should not be told twice to the same panel, so each needs two stories.
 */
export const MOST_ASKED_PRINCIPLES: readonly PrincipleId[] = [
  "ownership",
  "dive-deep",
  "deliver-results",
  "bias-for-action",
  "customer-obsession",
];

/** Stories wanted per principle: 2 for the most-asked, 1 for the rest. 0 would mean "not needed". */
export const DEFAULT_TARGETS: Readonly<Record<PrincipleId, number>> = Object.freeze(
  Object.fromEntries(
    PRINCIPLE_IDS.map((id) => [id, MOST_ASKED_PRINCIPLES.includes(id) ? 2 : 1]),
  ) as Record<PrincipleId, number>,
);

/** More principles than this on one story fires story-overstretched. */
export const DEFAULT_MAX_PRINCIPLES_PER_STORY = 3;

/** Fewer stories than this fires bank-too-small. Five covers one loop's most-asked principles once each. */
export const DEFAULT_MIN_STORIES = 5;
