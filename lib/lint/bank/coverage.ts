import { PRINCIPLES, isPrincipleId, type PrincipleId } from "../../principles";
import type { BankStory, CoverageStatus, PrincipleCoverage } from "../types";
import type { NormalizedStory } from "./context";

/**
 * Dedupes each story's principle tags and drops ids outside the fixed list, keeping the story order. The
 * API validates tags with zod before they get here; this keeps a stray tag from an imported file from
 * counting twice or crashing the matrix.
 */
export function normalizeStories(stories: readonly BankStory[]): NormalizedStory[] {
  return stories.map((story) => ({
    id: story.id,
    title: story.title,
    principles: [...new Set(story.principles)].filter((id): id is PrincipleId => isPrincipleId(id)),
  }));
}

/**
 * The status of one principle. A target of 0 means the candidate does not need the principle, so it is
 * "covered" even with no story: the status answers "does this principle need more stories?", and a
 * principle the user opted out of must not show as a gap. Otherwise 0 stories is "missing" and fewer
 * than the target is "thin".
 */
export function coverageStatus(storyCount: number, target: number): CoverageStatus {
  if (storyCount >= target) return "covered";
  return storyCount === 0 ? "missing" : "thin";
}

/** One row per principle, in the fixed principle order, with the ids of the stories tagged with it. */
export function computeCoverage(
  stories: readonly NormalizedStory[],
  targets: Readonly<Record<PrincipleId, number>>,
): PrincipleCoverage[] {
  return PRINCIPLES.map((principle) => {
    const storyIds = stories.filter((story) => story.principles.includes(principle.id)).map((story) => story.id);
    const target = targets[principle.id];
    return {
      id: principle.id,
      name: principle.name,
      storyIds,
      target,
      status: coverageStatus(storyIds.length, target),
    };
  });
}
