/**
 * Labelled stories turned into unlabelled ones with known parts, for fitting the part finder
 * (scripts/fit-part-finder.ts) and measuring it (scripts/eval-part-finder.ts, tests/lint/parts).
 * Each labelled story is stripped of its labels; every unit of the stripped text takes the part the
 * labels gave the words it holds.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cueHits, type Part } from "../lib/lint/parts/features";
import { lessonStart } from "../lib/lint/parts/find-parts";
import { parseStory } from "../lib/lint/document";
import { labelledPartAt, stripLabels, type StrippedStory } from "../lib/lint/parts/strip-labels";
import { storyUnits, type StoryUnit } from "../lib/lint/parts/units";
import { CORPORA, loadHeldoutStories } from "../tests/lint/heldout/load";

export const GOOD_STORIES_DIR = path.join(import.meta.dirname, "..", "tests", "lint", "good-stories");

export type LabelledCorpus = "good" | "heldout" | "blind";

export interface LabelledStory {
  corpus: LabelledCorpus;
  file: string;
  markdown: string;
}

/** The labelled stories of a corpus (unlabelled ones are left out by the caller, via stripLabels). */
export function labelledStories(corpus: LabelledCorpus): LabelledStory[] {
  if (corpus === "good") {
    return readdirSync(GOOD_STORIES_DIR)
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((file) => ({ corpus, file, markdown: readFileSync(path.join(GOOD_STORIES_DIR, file), "utf8") }));
  }
  return loadHeldoutStories(CORPORA[corpus]).map((story) => ({ corpus, file: story.file, markdown: story.markdown }));
}

export interface TruthUnit {
  unit: StoryUnit;
  /** The part the labels give the unit (a trailing reflection in the Result counts as the lesson);
   * null when the unit lies outside every labelled part. */
  truth: Part | null;
}

export interface StrippedExample {
  story: LabelledStory;
  stripped: StrippedStory;
  units: TruthUnit[];
}

/** One stripped story with the labelled part of each of its units. */
export function strippedExample(story: LabelledStory): StrippedExample | null {
  const stripped = stripLabels(story.markdown);
  if (!stripped) return null;
  const doc = parseStory(stripped.markdown);
  const units = storyUnits(doc, { offset: doc.bodyStart, endOffset: doc.markdown.length });
  const truths = units.map((unit) => {
    const middle = stripped.toOriginal(Math.floor((unit.offset + unit.endOffset) / 2));
    return { unit, truth: labelledPartAt(stripped.sections, middle) };
  });
  // A lesson told inside a labelled Result (the labels cannot say where it starts): from the first
  // reflecting unit after the Result's first, as the linter reads labelled stories (lessonStart).
  const resultUnits = truths.filter((item) => item.truth === "result");
  const first = lessonStart(cueHits(resultUnits.map((item) => item.unit)));
  if (first >= 1) for (const item of resultUnits.slice(first)) item.truth = "lesson";
  return { story, stripped, units: truths };
}

/**
 * Training variant: the story told with "we" for "I", as weak drafts are ("we decided", "we were
 * asked"): the parts do not change with the pronoun, and the finder must not read a "we" step as
 * context. Front matter is left alone.
 */
export function toldAsWe(markdown: string): string {
  const bodyStart = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/.exec(markdown)?.[0].length ?? 0;
  const body = markdown
    .slice(bodyStart)
    .replace(/\bI was\b/g, "we were")
    .replace(/\bI am\b/g, "we are")
    .replace(/\bI['’]m\b/g, "we're")
    .replace(/\bI['’](ve|d|ll)\b/g, "we'$1")
    .replace(/\bI\b/g, "we")
    .replace(/\bmyself\b/g, "ourselves")
    .replace(/\bmy\b/g, "our")
    .replace(/\bMy\b/g, "Our")
    .replace(/\bme\b/g, "us")
    .replace(/(^|[.!?]\s+|\n\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*[^*]*\*\*\s*)?)we\b/g, (_, before: string) => `${before}We`);
  return markdown.slice(0, bodyStart) + body;
}

/** Training variants: the story without one of its parts, so a missing part is something to learn. */
export function withoutPart(markdown: string, part: "situation" | "task" | "result"): string | null {
  const stripped = stripLabels(markdown);
  const section = stripped?.sections[part];
  if (!stripped || !section) return null;
  const others = (["situation", "task", "action", "result"] as const).filter((name) => name !== part && stripped.sections[name]);
  if (others.length < 2) return null;
  // Cut the part from its label to its text's end, unless another part shares the range.
  if (others.some((name) => stripped.sections[name]!.content.offset === section.content.offset)) return null;
  return markdown.slice(0, section.label.offset) + markdown.slice(section.content.endOffset);
}

/** How one stripped story fares: words in the right part, and whether the core rules agree. */
export interface StrippedScore {
  file: string;
  words: number;
  rightWords: number;
  /** Same actor-"we" hits (by position in the labelled story) and the same metric verdict. */
  verdictsMatch: boolean;
  weMatch: boolean;
  metricMatch: boolean;
}

/**
 * Scores one labelled story: the linter's parts on the stripped text against the labels, and the
 * core rules on both texts. A word counts as right when its unit lands in the part the labels give
 * it; a Result unit read as the lesson counts as right (labels cannot mark where a lesson starts).
 */
export function scoreStripped(
  story: LabelledStory,
  lint: (markdown: string) => Array<{ ruleId: string; offset: number; endOffset: number }>,
  sectionsOf: (markdown: string) => import("../lib/lint/sections").StorySections,
): StrippedScore | null {
  const example = strippedExample(story);
  if (!example) return null;
  const found = sectionsOf(example.stripped.markdown);
  let words = 0;
  let rightWords = 0;
  for (const { unit, truth } of example.units) {
    if (truth === null) continue;
    words += unit.words;
    const middle = Math.floor((unit.offset + unit.endOffset) / 2);
    const got = labelledPartAt({ ...found, lesson: found.lesson ? { ...found.lesson, inferred: false } : null }, middle);
    if (got === truth || (truth === "result" && got === "lesson")) rightWords += unit.words;
  }
  const labelled = lint(story.markdown);
  const unlabelled = lint(example.stripped.markdown);
  const weKey = (offset: number) => String(offset);
  const weLabelled = labelled.filter((m) => m.ruleId === "we-instead-of-i").map((m) => weKey(m.offset)).sort();
  const weStripped = unlabelled.filter((m) => m.ruleId === "we-instead-of-i").map((m) => weKey(example.stripped.toOriginal(m.offset))).sort();
  const weMatch = weLabelled.join(",") === weStripped.join(",");
  const metricMatch = labelled.some((m) => m.ruleId === "result-missing-metric") === unlabelled.some((m) => m.ruleId === "result-missing-metric");
  return { file: story.file, words, rightWords, weMatch, metricMatch, verdictsMatch: weMatch && metricMatch };
}

/** Word accuracy of the linter's parts on a corpus with part markers (tests/lint/unlabelled). */
export function scoreMarkedParts(
  stories: ReadonlyArray<{ file: string; markdown: string; parts: ReadonlyArray<{ part: Part; offset: number }> }>,
  sectionsOf: (markdown: string) => import("../lib/lint/sections").StorySections,
): Array<{ file: string; words: number; rightWords: number }> {
  const scores: Array<{ file: string; words: number; rightWords: number }> = [];
  for (const story of stories) {
    if (story.parts.length === 0) continue;
    const doc = parseStory(story.markdown);
    const units = storyUnits(doc, { offset: doc.bodyStart, endOffset: doc.markdown.length });
    const found = sectionsOf(story.markdown);
    let words = 0;
    let rightWords = 0;
    for (const unit of units) {
      const middle = Math.floor((unit.offset + unit.endOffset) / 2);
      let truth: Part | null = null;
      for (const marker of story.parts) if (marker.offset <= middle) truth = marker.part;
      if (truth === null) continue;
      words += unit.words;
      const got = labelledPartAt({ ...found, lesson: found.lesson ? { ...found.lesson, inferred: false } : null }, middle);
      if (got === truth) rightWords += unit.words;
    }
    scores.push({ file: story.file, words, rightWords });
  }
  return scores;
}

export type Layout = "one-paragraph" | "bullets" | "paragraphs-of-three";

/**
 * Training variant: the same units laid out as strangers lay out answers: everything in one
 * paragraph, one bullet per sentence, or paragraphs of three sentences that ignore where the parts
 * change. The parts of the units stay what the labels said; null when the units do not come back
 * one for one.
 */
export function relaidOut(example: StrippedExample, layout: Layout): { markdown: string; truths: Array<Part | null> } | null {
  const source = example.stripped.markdown;
  const texts = example.units.map(({ unit }) => source.slice(unit.offset, unit.endOffset).replace(/\s*\n\s*/g, " "));
  let body: string;
  if (layout === "one-paragraph") body = texts.join(" ");
  else if (layout === "bullets") body = texts.map((text) => `- ${text}`).join("\n");
  else body = texts.map((text, index) => (index > 0 && index % 3 === 0 ? `\n\n${text}` : index > 0 ? ` ${text}` : text)).join("");
  const markdown = `${body}\n`;
  const doc = parseStory(markdown);
  const units = storyUnits(doc, { offset: 0, endOffset: markdown.length });
  if (units.length !== texts.length) return null;
  return { markdown, truths: example.units.map((item) => item.truth) };
}
