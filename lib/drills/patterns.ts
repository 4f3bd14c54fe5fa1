import type { SectionName } from "@/lib/lint/types";

/**
 * The follow-up drills' word lists and question templates. Data only; lib/drills/follow-up-questions.ts
 * decides which apply to a story.
 */

/** Words that end the quoted part of a "we" sentence: the clause after them is another thought. */
export const CLAUSE_BREAK_WORDS: ReadonlySet<string> = new Set([
  "and", "but", "which", "who", "so", "because", "while", "then", "when", "after", "before", "until", "although",
]);

/** Most words quoted after "we": enough to recognise the sentence, short enough to say aloud. */
export const QUOTED_WORDS_AFTER_SUBJECT = 4;

/** The question for a missing STAR part: what the interviewer would ask to fill the gap. */
export const MISSING_SECTION_QUESTIONS: Record<SectionName, string> = {
  situation: "What was the situation, and what was at stake?",
  task: "What were you responsible for, and what did success mean?",
  action: "What exactly did you do, step by step?",
  result: "How did it end, and what changed because of what you did?",
};

export const NO_STRUCTURE_QUESTION =
  "Walk me through it: the situation, your task, what you did, and the result?";
export const METRIC_QUESTION = "What number shows the result?";
export const ALTERNATIVES_QUESTION = "What alternatives did you reject, and why?";
export const RETROSPECTIVE_QUESTION = "What would you do differently?";
export const LESSON_QUESTION = "What did you learn from it, and what do you do differently now?";
