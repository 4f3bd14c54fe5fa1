import type { SectionName } from "./types";
import type { FlatNode, StoryDocument, TextRange } from "./document";
import { matchLabel, type LabelMatch } from "./labels";
import { GOAL_STATEMENT, type LabelConcept } from "./patterns/section-labels";
import { findParts, lessonStart, type PartBound } from "./parts/find-parts";
import { cueHits, PARTS, type Part } from "./parts/features";
import { storyUnits, type StoryUnit } from "./parts/units";
import { countWords } from "./text";

export type { TextRange } from "./document";

/** How the story marks its parts: Markdown headings, labels at the start of a line, labels inside one
 * paragraph ("Situation: … Task: …"), not at all but found from the text ("inferred": at most one
 * label), or not at all and no story could be found ("none"). */
export type StoryStructure = "headings" | "labels" | "inline" | "inferred" | "none";

/** One STAR part as written. */
export interface FoundSection {
  /** The heading or label that opens the part (`## Situation`, `**S (Situation):**`). */
  label: TextRange;
  /** The part's text, from its first to its last non-blank character; zero-width at the label's end
   * when the part is empty. */
  content: TextRange;
  /** Words of prose in `content` (markup, code blocks and HTML not counted). */
  words: number;
  /** True when the part was found from its text, not from a label; `label` is then zero-width at the
   * start of `content`. */
  inferred: boolean;
}

/** The STAR parts found in a story; a combined label ("Situation & Task") gives both the same ranges. */
export interface StorySections {
  situation: FoundSection | null;
  task: FoundSection | null;
  action: FoundSection | null;
  result: FoundSection | null;
  /** What the candidate took from it ("I learned …", a `Lessons learned:` label): not an outcome, so the
   * outcome rules do not read it. In a labelled story it may lie inside the Result's range. */
  lesson: FoundSection | null;
  structure: StoryStructure;
}

export const STAR_ORDER: readonly SectionName[] = ["situation", "task", "action", "result"];

type CandidateKind = "heading" | "label" | "inline";

interface Candidate {
  kind: CandidateKind;
  concepts: LabelConcept[];
  start: number;
  /** End of the label; the part's text starts after it. */
  labelEnd: number;
  /** For headings: depth, and the whole heading's end (the label range when there is no subtitle). */
  depth?: number;
  strong: boolean;
  letterOnly: boolean;
}

const ATX_PREFIX = /#{1,6}[ \t]*/y;
const CLOSING_HASHES = /[ \t#]*$/;
const LINE_START_SKIP = /[ \t>]*/y;
const QUESTION_LABEL = /Q[ \t]*[:.)–-]/y;
// Where a label may stand inside a paragraph: after the end of a sentence, or before bold text.
const INLINE_POSITION = /([.!?…]["'”’)\]]*|;)[ \t]+(?=\S)|[ \t]+(?=\*\*|__)/g;
const NOT_CONTENT = new Set(["html", "thematicBreak", "break", "yaml", "definition", "footnoteDefinition"]);

function isBlockLabel(match: LabelMatch): boolean {
  if (match.typo && !match.separator && !match.strong) return false;
  return match.separator !== null || match.strong || match.bracketed || (match.alone && !match.letterOnly);
}

const BRACKET_LETTER = /\(([STAR])\)/g;

/** True when the story marks its parts with bracketed letters, `(S) … (T) … (A) … (R) …`: three or
 * more of them, each first seen in STAR order. */
function usesBracketLetters(mask: string): boolean {
  const firsts: string[] = [];
  BRACKET_LETTER.lastIndex = 0;
  for (let hit = BRACKET_LETTER.exec(mask); hit; hit = BRACKET_LETTER.exec(mask)) if (!firsts.includes(hit[1])) firsts.push(hit[1]);
  if (firsts.length < 3) return false;
  const order = firsts.map((letter) => "STAR".indexOf(letter));
  return order.every((rank, index) => index === 0 || rank > order[index - 1]);
}

function collectCandidates(doc: StoryDocument): {
  candidates: Candidate[];
  plainHeadings: FlatNode[];
  hasQuestionLabels: boolean;
} {
  const { markdown } = doc;
  const candidates: Candidate[] = [];
  const plainHeadings: FlatNode[] = [];
  let hasQuestionLabels = false;
  const labelOptions = { bracketLetters: usesBracketLetters(doc.mask) };
  const answerQuotes = new Set(doc.answerQuotes);
  /** Past the opening mark of an answer quoted as a whole, and the spaces after it. */
  const pastAnswerQuote = (at: number) => {
    if (!answerQuotes.has(at)) return at;
    let next = at + 1;
    while (markdown[next] === " " || markdown[next] === "\t") next++;
    return next;
  };

  for (const heading of doc.headings) {
    ATX_PREFIX.lastIndex = heading.start;
    const prefix = ATX_PREFIX.exec(markdown);
    const from = heading.start + (prefix ? prefix[0].length : 0);
    const newline = markdown.indexOf("\n", from);
    const lineEnd = newline === -1 || newline > heading.end ? heading.end : newline;
    const match = matchLabel(markdown, from, lineEnd, labelOptions);
    const rest = match ? markdown.slice(match.end, lineEnd).replace(CLOSING_HASHES, "").trim() : "";
    if (match && (rest === "" || match.separator)) {
      candidates.push({
        kind: "heading",
        concepts: match.concepts,
        start: heading.start,
        labelEnd: rest === "" ? heading.end : match.end,
        depth: heading.depth,
        strong: true,
        letterOnly: match.letterOnly,
      });
    } else {
      plainHeadings.push(heading);
    }
  }

  for (const paragraph of doc.paragraphs) {
    // Labels at the start of the paragraph or of any of its lines ("Situation: …\nTask: …").
    let lineStart = paragraph.start;
    while (lineStart < paragraph.end) {
      LINE_START_SKIP.lastIndex = lineStart;
      const at = pastAnswerQuote(lineStart + (LINE_START_SKIP.exec(markdown)?.[0].length ?? 0));
      const newline = markdown.indexOf("\n", at);
      const lineEnd = newline === -1 || newline > paragraph.end ? paragraph.end : newline;
      QUESTION_LABEL.lastIndex = at;
      if (QUESTION_LABEL.test(markdown)) hasQuestionLabels = true;
      const match = matchLabel(markdown, at, lineEnd, labelOptions);
      if (match && isBlockLabel(match)) {
        candidates.push({
          kind: "label",
          concepts: match.concepts,
          start: match.start,
          labelEnd: match.end,
          strong: match.strong,
          letterOnly: match.letterOnly,
        });
      }
      lineStart = lineEnd + 1;
    }
    // Labels after a sentence inside the paragraph: "… was slow. Task: …". Only with a colon.
    const text = markdown.slice(paragraph.start, paragraph.end);
    INLINE_POSITION.lastIndex = 0;
    for (let hit = INLINE_POSITION.exec(text); hit; hit = INLINE_POSITION.exec(text)) {
      const at = paragraph.start + hit.index + hit[0].length;
      const newline = markdown.indexOf("\n", at);
      const lineEnd = newline === -1 || newline > paragraph.end ? paragraph.end : newline;
      const match = matchLabel(markdown, at, lineEnd, labelOptions);
      if (!match || match.typo) continue;
      const beforeBold = hit[1] === undefined;
      if (beforeBold ? match.strong && match.separator : match.separator === "colon" || match.bracketed) {
        candidates.push({
          kind: "inline",
          concepts: match.concepts,
          start: match.start,
          labelEnd: match.end,
          strong: match.strong,
          letterOnly: match.letterOnly,
        });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start);
  return { candidates, plainHeadings, hasQuestionLabels };
}

function distinctConcepts(candidates: readonly Candidate[]): number {
  const seen = new Set<LabelConcept>();
  for (const candidate of candidates) for (const concept of candidate.concepts) if (concept !== "end") seen.add(concept);
  return seen.size;
}

function isEnd(candidate: Candidate): boolean {
  return candidate.concepts.length === 1 && candidate.concepts[0] === "end";
}

/**
 * Finds the STAR parts in a parsed story.
 *
 * Evidence is weighed by where labels stand: headings first, then labels at the start of a line, then
 * labels after a sentence. The strongest kind that marks at least two different parts sets the
 * structure; weaker labels only fill in a part that is still missing, and only where it keeps the STAR
 * order. A single label counts only if it is a heading or bold, so one "Result: …" in a plain
 * narrative does not make the story "structured". A repeated label continues its part.
 */
export function locateSections(doc: StoryDocument): StorySections {
  const labelled = readLabels(doc);
  const found = STAR_ORDER.filter((name) => labelled.sections[name] !== null);
  if (found.length >= 2) {
    const { sections } = labelled;
    sections.lesson = labelled.lessonLabel ? measureLesson(doc, labelled) : tailLesson(doc, sections.result);
    return sections;
  }
  return inferSections(doc, labelled);
}

interface LabelReading {
  sections: StorySections;
  /** Every label taken as a part's start, and the closing labels ("Lessons learned"). */
  starts: Candidate[];
  ends: Candidate[];
  plainHeadings: FlatNode[];
  /** The first closing label after the parts, if any. */
  lessonLabel: Candidate | null;
}

/** A story in which no part was found. */
export const noSections = (): StorySections => ({ situation: null, task: null, action: null, result: null, lesson: null, structure: "none" });

/** The labelled reading of a story: the parts its headings and labels mark (see locateSections). */
function readLabels(doc: StoryDocument): LabelReading {
  const none = noSections();
  const { candidates: all, plainHeadings, hasQuestionLabels } = collectCandidates(doc);
  const endsOf = (list: readonly Candidate[]) => list.filter((candidate) => isEnd(candidate) && candidate.kind !== "inline");
  // "Q: … A: …" interview transcripts: there "A:" is an answer, not the Action.
  const candidates = hasQuestionLabels ? all.filter((candidate) => !candidate.letterOnly) : all;
  const parts = candidates.filter((candidate) => !isEnd(candidate));
  // No labelled structure; a lone label (even one inside a paragraph) still guides the finder.
  const nothing = (): LabelReading => ({
    sections: none,
    starts: parts.length === 1 ? parts : [],
    ends: endsOf(candidates),
    plainHeadings,
    lessonLabel: null,
  });
  if (parts.length === 0) return nothing();

  const headings = parts.filter((candidate) => candidate.kind === "heading");
  const lineLabels = parts.filter((candidate) => candidate.kind !== "inline");
  let structure: StoryStructure;
  let primaryKinds: ReadonlySet<CandidateKind>;
  if (distinctConcepts(headings) >= 2) {
    structure = "headings";
    primaryKinds = new Set(["heading"]);
  } else if (distinctConcepts(lineLabels) >= 2) {
    structure = "labels";
    primaryKinds = new Set(["heading", "label"]);
  } else if (distinctConcepts(parts) >= 2) {
    structure = "inline";
    primaryKinds = new Set(["heading", "label", "inline"]);
  } else if (headings.length > 0) {
    structure = "headings";
    primaryKinds = new Set(["heading"]);
  } else if (parts.some((candidate) => candidate.kind !== "inline")) {
    // One label only: it fixes its own part; the finder reads the rest (inferSections).
    structure = "labels";
    primaryKinds = new Set(["heading", "label"]);
  } else {
    return nothing();
  }

  const primary = candidates.filter((candidate) => primaryKinds.has(candidate.kind));
  const fixed = new Set(primary.flatMap((candidate) => candidate.concepts));
  const found = new Map<SectionName, Candidate>();
  // A "Problem" standing for the Situation in a story without Task label; it is the Task as well
  // only when its text states a goal (decided once its text is known).
  let problemAsSituation: Candidate | null = null;

  /** The STAR parts a label stands for, given what the story labels elsewhere. */
  function expand(candidate: Candidate): SectionName[] {
    const names: SectionName[] = [];
    for (const concept of candidate.concepts) {
      if (concept === "end") continue;
      if (concept !== "problem") {
        names.push(concept);
        continue;
      }
      // "Problem"/"Challenge": the situation when the story has a Task label or none, the task when
      // it has a Situation label. In a Problem-Action-Result story the problem is the Situation; the
      // Task is missing unless the problem states a goal (see below), because "what was wrong" is not
      // "what you had to achieve".
      const hasSituation = fixed.has("situation") || found.has("situation");
      const hasTask = fixed.has("task") || found.has("task");
      if (!hasSituation) {
        names.push("situation");
        if (!hasTask) problemAsSituation = candidate;
      } else if (!hasTask) {
        names.push("task");
      }
    }
    return names.filter((name) => !found.has(name));
  }

  const starts: Candidate[] = [];
  const ends: Candidate[] = [];
  for (const candidate of primary) {
    if (isEnd(candidate)) {
      if (candidate.kind !== "inline") ends.push(candidate);
      continue;
    }
    const names = expand(candidate);
    if (names.length === 0) continue;
    for (const name of names) found.set(name, candidate);
    starts.push(candidate);
  }
  // Weaker labels fill a missing part when they stand in STAR order with the parts found.
  for (const candidate of parts) {
    if (primaryKinds.has(candidate.kind)) continue;
    const names = expand(candidate).filter((name) => inStarOrder(name, candidate.start, found));
    if (names.length === 0) continue;
    for (const name of names) found.set(name, candidate);
    starts.push(candidate);
  }
  starts.sort((a, b) => a.start - b.start);
  // A closing label of a weaker kind ("**Learning:**" under headings) still closes the last part.
  const lastPartStart = starts.length > 0 ? starts[starts.length - 1].start : -1;
  for (const candidate of candidates) {
    if (isEnd(candidate) && candidate.kind !== "inline" && !primaryKinds.has(candidate.kind) && candidate.start > lastPartStart) ends.push(candidate);
  }
  ends.sort((a, b) => a.start - b.start);

  const result: StorySections = { ...none, structure };
  for (const [name, candidate] of found) {
    const boundary = sectionEnd(candidate, starts, ends, plainHeadings, doc.markdown.length);
    const label = { offset: candidate.start, endOffset: candidate.labelEnd };
    result[name] = { label, ...measureContent(doc, candidate.labelEnd, boundary), inferred: false };
  }
  const problem = result.situation;
  if (problemAsSituation && found.get("situation") === problemAsSituation && !result.task && problem) {
    if (GOAL_STATEMENT.test(doc.mask.slice(problem.content.offset, problem.content.endOffset))) result.task = { ...problem };
  }
  // The lesson label that closes the story: the first closing label after the last part's start.
  const lastStart = starts.reduce((latest, candidate) => Math.max(latest, candidate.start), -1);
  const lessonLabel = ends.find((candidate) => candidate.start > lastStart) ?? null;
  return { sections: result, starts, ends, plainHeadings, lessonLabel };
}

/** The lesson a closing label opens ("Lessons learned:"), up to the next part, heading or the end. */
function measureLesson(doc: StoryDocument, reading: LabelReading): FoundSection | null {
  const label = reading.lessonLabel;
  if (!label) return null;
  const boundary = sectionEnd(label, reading.starts, reading.ends, reading.plainHeadings, doc.markdown.length);
  const measured = measureContent(doc, label.labelEnd, boundary);
  if (measured.words === 0) return null;
  return { label: { offset: label.start, endOffset: label.labelEnd }, ...measured, inferred: false };
}

/**
 * A lesson told at the end of a labelled Result ("… The lesson I took is …"): from the first
 * sentence after the Result's first one that reflects on what was learned, to the Result's end.
 */
function tailLesson(doc: StoryDocument, result: FoundSection | null): FoundSection | null {
  if (!result || result.words === 0) return null;
  const units = storyUnits(doc, result.content);
  if (units.length < 2) return null;
  const first = lessonStart(cueHits(units));
  if (first < 1) return null;
  return partSection(units.slice(first), null);
}

/** A part's section from its units: content from the first unit to the last, words summed. */
function partSection(units: readonly StoryUnit[], label: Candidate | null): FoundSection {
  const offset = units[0].offset;
  const endOffset = units[units.length - 1].endOffset;
  const words = units.reduce((sum, unit) => sum + unit.words, 0);
  // The label's part runs from the label on; text of that part before it (a preamble before a lone
  // `Situation:`) makes the part one read from the text.
  if (label && label.labelEnd <= offset) {
    return { label: { offset: label.start, endOffset: label.labelEnd }, content: { offset, endOffset }, words, inferred: false };
  }
  return { label: { offset, endOffset: offset }, content: { offset, endOffset }, words, inferred: true };
}

const PART_OF: Partial<Record<LabelConcept, Part>> = { situation: "situation", task: "task", action: "action", result: "result", problem: "situation" };

/**
 * A story with at most one STAR label: its parts are found from the text by the part finder
 * (lib/lint/parts), the one label (if any) fixing its own part and the order around it, a closing
 * label fixing the lesson. When no story can be found in the text (a title, notes, one sentence, a
 * list of separate achievements), the structure is "none".
 */
function inferSections(doc: StoryDocument, reading: LabelReading): StorySections {
  const none = noSections();
  const labels = [...reading.starts, ...reading.ends].sort((a, b) => a.start - b.start);
  const skip = labels.map((label) => ({ offset: label.start, endOffset: label.labelEnd }));
  const units = storyUnits(doc, { offset: doc.bodyStart, endOffset: doc.markdown.length }, skip);
  if (units.length === 0) return none;
  const single = reading.starts[0] ?? null;
  const singlePart = single ? (PART_OF[single.concepts.find((concept) => PART_OF[concept]) ?? "end"] ?? null) : null;
  const closing = reading.ends.find((label) => !single || label.start > single.start) ?? null;
  const bounds: Array<PartBound | null> = units.map((unit) => {
    let min: Part = "situation";
    let max: Part = "lesson";
    if (single && singlePart) {
      // A label starts its part: what comes before it belongs to the parts before (or, before a
      // Situation label, to a preamble read as the Situation).
      if (unit.offset < single.start) max = singlePart === "situation" ? "situation" : PARTS[PARTS.indexOf(singlePart) - 1];
      else min = singlePart;
    }
    if (closing) {
      if (unit.offset >= closing.labelEnd) min = "lesson";
      else if (max === "lesson") max = "result";
    }
    return { min, max };
  });
  // The unit right after the one label is that label's part.
  if (single && singlePart) {
    const first = units.findIndex((unit) => unit.offset >= single.labelEnd);
    if (first >= 0 && (!closing || units[first].offset < closing.start)) bounds[first] = { min: singlePart, max: singlePart };
  }
  const { parts } = findParts(units, bounds);
  if (!storyFound(units, parts, single !== null)) return none;
  const result: StorySections = { ...none, structure: "inferred" };
  for (const name of [...STAR_ORDER, "lesson"] as const) {
    const own = units.filter((_, index) => parts[index] === name);
    if (own.length === 0) continue;
    const label = name === singlePart ? single : name === "lesson" ? closing : null;
    result[name] = partSection(own, label);
  }
  return result;
}

/** Whether the units tell a story at all: an action and something around it, in more than a line. */
function storyFound(units: readonly StoryUnit[], parts: readonly Part[], labelled: boolean): boolean {
  const words = units.reduce((sum, unit) => sum + unit.words, 0);
  const has = (part: Part) => parts.includes(part);
  if (labelled) return words >= 8;
  if (units.length < 2 || words < 20) return false;
  return has("action") && (has("situation") || has("task") || has("result"));
}

function inStarOrder(name: SectionName, start: number, found: ReadonlyMap<SectionName, Candidate>): boolean {
  const rank = STAR_ORDER.indexOf(name);
  for (const [other, candidate] of found) {
    const otherRank = STAR_ORDER.indexOf(other);
    if (otherRank < rank && candidate.start > start) return false;
    if (otherRank > rank && candidate.start < start) return false;
  }
  return true;
}

/** Where a part's text stops: the next part or closing label, or a heading that is not nested in it. */
function sectionEnd(
  candidate: Candidate,
  starts: readonly Candidate[],
  ends: readonly Candidate[],
  plainHeadings: readonly FlatNode[],
  length: number,
): number {
  let boundary = length;
  for (const other of starts) if (other.start > candidate.start && other.start < boundary) boundary = other.start;
  for (const other of ends) if (other.start > candidate.start && other.start < boundary) boundary = other.start;
  for (const heading of plainHeadings) {
    if (heading.start <= candidate.start || heading.start >= boundary) continue;
    const nested = candidate.depth !== undefined && (heading.depth ?? 0) > candidate.depth;
    if (!nested) boundary = heading.start;
  }
  return boundary;
}

const SPACE = /\s/;

function measureContent(doc: StoryDocument, from: number, to: number): { content: TextRange; words: number } {
  const { markdown } = doc;
  const quoteMarks = new Set(doc.answerQuotes);
  let start = Infinity;
  let end = -Infinity;
  for (const node of doc.nodes) {
    if (node.end <= from || node.start >= to) continue;
    if (node.type === "text" || node.type === "inlineCode") {
      let pieceStart = Math.max(node.start, from);
      let pieceEnd = Math.min(node.end, to);
      // The marks around an answer quoted as a whole are not part of any part's text.
      const outside = (at: number) => SPACE.test(markdown[at]) || quoteMarks.has(at);
      while (pieceStart < pieceEnd && outside(pieceStart)) pieceStart++;
      while (pieceEnd > pieceStart && outside(pieceEnd - 1)) pieceEnd--;
      if (pieceStart < pieceEnd) {
        if (pieceStart < start) start = pieceStart;
        if (pieceEnd > end) end = pieceEnd;
      }
    } else if (!NOT_CONTENT.has(node.type) && node.start >= from && node.end <= to) {
      if (node.start < start) start = node.start;
      if (node.end > end) end = node.end;
    }
  }
  if (start === Infinity || end <= start) return { content: { offset: from, endOffset: from }, words: 0 };
  return { content: { offset: start, endOffset: end }, words: countWords(doc.mask.slice(start, end)) };
}
