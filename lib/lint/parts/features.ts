import { FIRST_PERSON, FIRST_PERSON_PLURAL, PART_CUES, PAST_TENSE, PRESENT_STATE } from "../patterns/part-cues";
import { hasFigure } from "../text";
import type { StoryUnit } from "./units";

/** The parts a unit can belong to, in story order: the four STAR parts and a trailing lesson. */
export const PARTS = ["situation", "task", "action", "result", "lesson"] as const;
export type Part = (typeof PARTS)[number];

const CUES = PART_CUES.map((cue) => ({ name: cue.name, pattern: new RegExp(cue.source, "u") }));

/** Feature names, in the order of a feature vector; model.json's weights follow this order. */
export const FEATURE_NAMES: readonly string[] = [
  "bias",
  ...CUES.map((cue) => cue.name),
  "figure",
  "first_person",
  "first_person_many",
  "first_person_plural",
  "past_tense",
  "past_tense_many",
  "present_state",
  "position",
  "position_squared",
  "first_unit",
  "last_unit",
  "first_in_block",
  "last_in_block",
  "first_block",
  "last_block",
  "list_item",
  "long_unit",
  "short_unit",
  "question",
];

/** A unit's text as the cues read it: lower case, straight apostrophes, single spaces. */
export function normaliseUnitText(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim();
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let hits = 0;
  while (pattern.exec(text)) hits++;
  return hits;
}

const LESSON_CUE_LIST = CUES.filter((cue) => cue.name.startsWith("l_"));
/** The cues that mark a reflection on what was learned (the l_ cues of patterns/part-cues.ts). */
export const LESSON_CUES: readonly string[] = LESSON_CUE_LIST.map((cue) => cue.name);
const LESSON_CUE_PATTERNS = LESSON_CUE_LIST.map((cue) => cue.pattern);

/** True when a sentence reflects on what was learned ("I learned that …", "next time I would …"):
 * a lesson, which is neither an outcome nor an action. */
export function isReflection(text: string): boolean {
  const normalised = normaliseUnitText(text);
  return LESSON_CUE_PATTERNS.some((pattern) => pattern.test(normalised));
}

/** Which cues fire in each unit, by cue name: shared by the features and the finder's evidence rules. */
export function cueHits(units: readonly StoryUnit[]): Array<Set<string>> {
  return units.map((unit) => {
    const text = normaliseUnitText(unit.text);
    const hits = new Set<string>();
    for (const cue of CUES) if (cue.pattern.test(text)) hits.add(cue.name);
    return hits;
  });
}

/**
 * The feature vector of every unit, in FEATURE_NAMES order. Cue features are 0/1; the position is
 * where the unit's middle falls in the story's words (0 at the start, 1 at the end).
 */
export function unitFeatures(units: readonly StoryUnit[], hits: ReadonlyArray<ReadonlySet<string>> = cueHits(units)): number[][] {
  const total = units.reduce((sum, unit) => sum + unit.words, 0) || 1;
  const lastBlock = units.length > 0 ? units[units.length - 1].block : 0;
  let before = 0;
  return units.map((unit, index) => {
    const text = normaliseUnitText(unit.text);
    const position = (before + unit.words / 2) / total;
    before += unit.words;
    const firstPerson = count(FIRST_PERSON, text);
    const past = count(PAST_TENSE, text);
    const next = units[index + 1];
    const vector: number[] = [1];
    for (const cue of CUES) vector.push(hits[index].has(cue.name) ? 1 : 0);
    vector.push(
      hasFigure(unit.text) ? 1 : 0,
      firstPerson > 0 ? 1 : 0,
      firstPerson > 1 ? 1 : 0,
      count(FIRST_PERSON_PLURAL, text) > 0 ? 1 : 0,
      past > 0 ? 1 : 0,
      past > 2 ? 1 : 0,
      count(PRESENT_STATE, text) > 0 ? 1 : 0,
      position,
      position * position,
      index === 0 ? 1 : 0,
      index === units.length - 1 ? 1 : 0,
      unit.boundary !== "sentence" ? 1 : 0,
      !next || next.boundary !== "sentence" ? 1 : 0,
      unit.block === 0 ? 1 : 0,
      unit.block === lastBlock ? 1 : 0,
      unit.list ? 1 : 0,
      unit.words > 35 ? 1 : 0,
      unit.words < 7 ? 1 : 0,
      /\?\s*["'”’)]*$/.test(unit.text) ? 1 : 0,
    );
    return vector;
  });
}
