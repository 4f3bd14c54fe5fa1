import type { StoryDocument, TextRange } from "./document";
import { MULTIPLIER_WORDS, NUMBER_WORDS, ONE_WITH_UNIT, YEAR_CONTEXT } from "./patterns/figures";

/** A sentence of prose: offsets into the markdown, and its text as read from the mask. */
export interface Sentence extends TextRange {
  text: string;
  inBlockquote: boolean;
  inHeading: boolean;
}

// A sentence ends at . ! ? … (and closing quotes/brackets) before white space; "1.5" and "e.g." inside
// a word do not end one.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;

/** The sentences of the prose in `range`, block by block (a heading or list item is never glued to
 * the next line). */
export function sentencesIn(doc: StoryDocument, range: TextRange): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of doc.textBlocks) {
    if (block.end <= range.offset || block.start >= range.endOffset) continue;
    const from = Math.max(block.start, range.offset);
    const to = Math.min(block.end, range.endOffset);
    const text = doc.mask.slice(from, to);
    let start = 0;
    SENTENCE_END.lastIndex = 0;
    const push = (end: number) => {
      let a = start;
      let b = end;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (b > a) {
        sentences.push({
          offset: from + a,
          endOffset: from + b,
          text: text.slice(a, b),
          inBlockquote: block.inBlockquote,
          inHeading: block.type === "heading",
        });
      }
    };
    for (let hit = SENTENCE_END.exec(text); hit; hit = SENTENCE_END.exec(text)) {
      push(hit.index + hit[0].length);
      start = hit.index + hit[0].length;
    }
    push(text.length);
  }
  return sentences;
}

const words = (list: readonly string[]) => list.join("|");

// Digits not glued to a letter before them (so "p99", "S3", "Q3", "v2" are names, not figures).
const DIGITS = /(?<![\p{L}\p{N}_.,])[$€£¥₹]?\d/u;
const YEAR = new RegExp(String.raw`\b(?:${words(YEAR_CONTEXT)})[\s.-]+(?:19|20)\d\d\b(?![%\d.,]|\s*(?:%|percent))`, "gi");
const NUMBER_WORD = new RegExp(
  String.raw`\b(?:${words(NUMBER_WORDS)}|${words(MULTIPLIER_WORDS)}|(?:one|a\s+single)\s+(?:${words(ONE_WITH_UNIT)})s?|a\s+(?:third|quarter|fifth|tenth))\b`,
  "i",
);

/** True when the prose states a concrete figure: a number, percentage, amount, time, count or multiple. */
export function hasFigure(text: string): boolean {
  if (NUMBER_WORD.test(text)) return true;
  if (!DIGITS.test(text)) return false;
  // Years after "in", "since", "March" … are dates, not outcomes; look again without them.
  const withoutYears = text.replace(YEAR, " ");
  return DIGITS.test(withoutYears);
}

const QUOTE_SPANS = [/“[^”]*”/g, /"[^"\n]*"/g, /(?<![\p{L}\p{N}])[‘'][^'’\n]*[’'](?![\p{L}\p{N}])/gu, /«[^»]*»/g];

/** Spans of quoted speech in a text ("…", “…”, ‘…’, '…'), as offsets into that text. */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const pattern of QUOTE_SPANS) {
    pattern.lastIndex = 0;
    for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) spans.push([hit.index, hit.index + hit[0].length]);
  }
  return spans;
}

/** True when [start, end) lies inside one of the ranges. */
export function insideAny(ranges: readonly TextRange[], start: number, end: number): boolean {
  for (const range of ranges) if (start >= range.offset && end <= range.endOffset) return true;
  return false;
}
