/**
 * The principle-suggestion evaluation, shared by scripts/eval-suggestions.ts and
 * tests/lint/principle-suggestions.test.ts.
 *
 * Each tagged principle of each story is held out in turn: the story keeps its other tags and is asked
 * for suggestions. The held-out principle is the right answer (the story's other tags are right too,
 * but they are still tagged, so never suggested). A story without tags measures nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { principlesFromFrontMatter } from "../../../lib/lint/context";
import { FRONT_MATTER } from "../../../lib/lint/front-matter";
import { suggestPrinciples, type PrincipleSuggestion } from "../../../lib/lint/principle-suggestions";
import type { PrincipleId } from "../../../lib/principles";
import { CORPORA, loadHeldoutStories } from "../heldout/load";

export interface EvalStory {
  file: string;
  markdown: string;
  principles: PrincipleId[];
}

export const GOOD_STORIES_DIR = path.join(import.meta.dirname, "..", "good-stories");

/** Good stories as the linter reads them: a leading `<!-- allow: … -->` comment removed. */
export function loadGoodStories(dir: string = GOOD_STORIES_DIR): EvalStory[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((file) => storyOf(file, readFileSync(path.join(dir, file), "utf8").replace(/^<!--[^]*?-->\r?\n/, "")));
}

/** An annotated corpus (heldout, unlabelled, blind) with its annotations removed. */
export function loadAnnotatedStories(corpus: "heldout" | "unlabelled" | "blind"): EvalStory[] {
  return loadHeldoutStories(CORPORA[corpus]).map((story) => storyOf(story.file, story.markdown));
}

function storyOf(file: string, markdown: string): EvalStory {
  return { file, markdown, principles: principlesFromFrontMatter(FRONT_MATTER.exec(markdown)?.[1] ?? null) };
}

/** One held-out trial: which principle was held out and what was suggested. */
export interface Trial {
  file: string;
  heldOut: PrincipleId;
  right: readonly PrincipleId[];
  suggestions: PrincipleSuggestion[];
}

export interface EvalScores {
  stories: number;
  /** Stories with at least one tag, i.e. that take part. */
  taggedStories: number;
  trials: number;
  /** Trials where a suggestion was made. */
  suggested: number;
  /** Of those, trials whose first suggestion is right. */
  topRight: number;
  /** topRight / suggested (1 when nothing was suggested: no suggestion is never a wrong one). */
  topPrecision: number;
  /** suggested / trials. */
  coverage: number;
  /** Right suggestions among all suggestions shown in the top 3, over all trials. */
  precisionAt3: number;
  /** Trials whose held-out principle is among the top 3. */
  recallAt3: number;
}

export function runTrials(stories: readonly EvalStory[]): Trial[] {
  const trials: Trial[] = [];
  for (const story of stories) {
    for (const heldOut of story.principles) {
      const tagged = story.principles.filter((id) => id !== heldOut);
      trials.push({ file: story.file, heldOut, right: story.principles, suggestions: suggestPrinciples(story.markdown, { tagged, limit: 3 }) });
    }
  }
  return trials;
}

export function scoreTrials(stories: readonly EvalStory[], trials: readonly Trial[]): EvalScores {
  const suggested = trials.filter((trial) => trial.suggestions.length > 0);
  const topRight = suggested.filter((trial) => trial.right.includes(trial.suggestions[0].principleId)).length;
  const shown = trials.reduce((sum, trial) => sum + trial.suggestions.length, 0);
  const shownRight = trials.reduce((sum, trial) => sum + trial.suggestions.filter((s) => trial.right.includes(s.principleId)).length, 0);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    stories: stories.length,
    taggedStories: stories.filter((story) => story.principles.length > 0).length,
    trials: trials.length,
    suggested: suggested.length,
    topRight,
    topPrecision: round(suggested.length === 0 ? 1 : topRight / suggested.length),
    coverage: round(trials.length === 0 ? 0 : suggested.length / trials.length),
    precisionAt3: round(shown === 0 ? 1 : shownRight / shown),
    recallAt3: round(trials.length === 0 ? 0 : trials.filter((t) => t.suggestions.some((s) => s.principleId === t.heldOut)).length / trials.length),
  };
}

export function evaluate(stories: readonly EvalStory[]): { scores: EvalScores; trials: Trial[] } {
  const trials = runTrials(stories);
  return { scores: scoreTrials(stories, trials), trials };
}
