/**
 * The words candidates use to label the parts of a STAR story, as data. Matching is case-insensitive;
 * each entry is a regular-expression source matched at the start of a candidate label (the parser adds
 * the word boundary after it). Longer alternatives come first so "actions taken" wins over "action".
 */

/** A label's meaning: a STAR part, an ambiguous part, or the end of the STAR body. */
export type LabelConcept = "situation" | "task" | "action" | "result" | "problem" | "end";

export const LABEL_WORDS: ReadonlyArray<{ concept: LabelConcept; source: string }> = [
  { concept: "situation", source: String.raw`(?:the\s+)?(?:situation|context|background|scenario)` },
  // "Problem" (PAR) and "Challenge" (CAR) stand for the situation, the task, or both, depending on
  // which other labels the story uses; sections.ts resolves them.
  { concept: "problem", source: String.raw`(?:the\s+)?(?:problem(?:\s+statement)?|challenges?)` },
  {
    concept: "task",
    source: String.raw`what\s+i\s+(?:needed|had)\s+to\s+do|the\s+ask|(?:(?:the|my|our)\s+)?(?:tasks?|goals?|objectives?|role|responsibilit(?:y|ies)|mission|assignment)`,
  },
  {
    concept: "action",
    source: String.raw`what\s+(?:i|we)\s+did|how\s+i\s+did\s+it|(?:(?:the|my|key)\s+)?(?:actions?(?:\s+taken)?|approach|steps(?:\s+taken)?|solution)`,
  },
  {
    concept: "result",
    source: String.raw`what\s+happened|(?:(?:the|final|key)\s+)?(?:results?|outcomes?|impact)`,
  },
  // Labels that close the STAR body, so reflections are not read as part of the Result.
  {
    concept: "end",
    // "Learning / Improvement", "Lessons & next steps": one closing label, not a Result word after it.
    source: String.raw`(?:what\s+i\s+(?:learned|learnt|would\s+do\s+differently)|(?:key\s+)?(?:lessons?(?:\s+learned|\s+learnt)?|learnings?|reflections?|takeaways?))(?:\s*(?:/|&|\+|and)\s*(?:improvements?|growth|next\s+steps|reflections?|takeaways?|learnings?|what\s+i\s+(?:would|'d|’d)\s+do\s+differently))?`,
  },
];

/** Single-letter labels (`S:`, `T –`), upper case only so "a: …" or "s." in prose never count. */
export const LETTER_CONCEPTS: Readonly<Record<string, LabelConcept>> = {
  S: "situation",
  T: "task",
  A: "action",
  R: "result",
};

/**
 * Canonical label words a one-letter typo still matches ("Situtation:", "Resutl:"), only when the label
 * is also marked as one (heading, bold, or a separator). Five letters or more, so short words never do.
 */
export const TYPO_TARGETS: ReadonlyArray<{ word: string; concept: LabelConcept }> = [
  { word: "situation", concept: "situation" },
  { word: "context", concept: "situation" },
  { word: "background", concept: "situation" },
  { word: "objective", concept: "task" },
  { word: "action", concept: "action" },
  { word: "actions", concept: "action" },
  { word: "approach", concept: "action" },
  { word: "result", concept: "result" },
  { word: "results", concept: "result" },
  { word: "outcome", concept: "result" },
  { word: "impact", concept: "result" },
];

/**
 * A goal stated in a "Problem"/"Challenge" part ("I was asked to cut p99", "my goal was …", "we had to
 * …"): then that part also stands for the Task. Without one, a Problem-Action-Result story lacks the
 * Task and is told so. Matched against the prose (case-insensitive).
 */
export const GOAL_STATEMENT = new RegExp(
  [
    String.raw`\b(?:i|we)\s+(?:had|needed|wanted|set\s+out|was\s+(?:asked|tasked|expected|supposed|told|hired|brought\s+in)|were\s+(?:asked|tasked|expected|supposed|told)|had\s+been\s+(?:asked|tasked))\s+to\b`,
    String.raw`\bmy\s+(?:goal|task|job|mission|objective|role|responsibility|assignment|brief|mandate)\b`,
    String.raw`\b(?:the|our)\s+(?:goal|task|objective|mission|ask|target|mandate)\s+(?:was|is|were)\b`,
    String.raw`\bi\s+(?:owned|was\s+responsible|was\s+in\s+charge|took\s+(?:on|ownership)|volunteered|was\s+assigned|got\s+assigned)\b`,
  ].join("|"),
  "i",
);
