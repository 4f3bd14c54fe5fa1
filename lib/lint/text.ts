import type { StoryDocument, TextRange } from "./document";
import {
  CAPITALISED_VERSIONED_NAMES,
  MONTHS,
  MULTIPLIER_WORDS,
  NUMBER_WORDS,
  ONE_WITH_UNIT,
  QUANTITY_UNITS,
  VERSION_WORDS,
  VERSIONED_NAMES,
  YEAR_CONTEXT,
} from "./patterns/figures";

// A word of prose: letters and digits, with inner apostrophes, full stops and hyphens ("don't", "v2.1",
// "follow-up") kept in one word.
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Words of prose in a span of the mask. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}

/** Where the word with 0-based `index` starts in `text`, counting words as countWords does; -1 when
 * the text has fewer words. */
export function wordStart(text: string, index: number): number {
  let count = 0;
  WORD.lastIndex = 0;
  for (let hit = WORD.exec(text); hit; hit = WORD.exec(text)) {
    if (count === index) return hit.index;
    count++;
  }
  return -1;
}

/** A sentence of prose: offsets into the markdown, and its text as read from the mask. */
export interface Sentence extends TextRange {
  text: string;
  inBlockquote: boolean;
  inHeading: boolean;
}

// A sentence ends at . ! ? … (and closing quotes/brackets) before white space; "1.5" and "e.g." inside
// a word do not end one.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s|$)/g;

// Abbreviations whose full stop ends no sentence when the text goes on in lower case ("at 6 a.m.
// every Monday", "tools, e.g. dashboards").
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:a\.m|p\.m|e\.g|i\.e|vs|approx|dr|mr|mrs|ms|st|no|u\.s|u\.k|etc)$/i;
const LOWER_CASE_NEXT = /^\s+[\p{Ll}\d]/u;

function abbreviationInSentence(text: string, dot: number, end: number): boolean {
  return ABBREVIATION_BEFORE.test(text.slice(Math.max(0, dot - 8), dot)) && LOWER_CASE_NEXT.test(text.slice(end, end + 3));
}

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
      if (abbreviationInSentence(text, hit.index, hit.index + hit[0].length)) continue;
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
// A number followed by one of these is a quantity ("Python 3 services", "in 2000 stores").
const NOT_A_QUANTITY = String.raw`(?![.,]?\d)(?!\s*(?:${words(QUANTITY_UNITS)})(?![\p{L}\p{N}]))`;
const YEAR_NUMBER = String.raw`(?:19|20)\d\d`;
const YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${words(YEAR_CONTEXT)})[\s.-]+${YEAR_NUMBER}(?:\s*(?:,|and|or|to|through|–|-)\s*${YEAR_NUMBER})*${NOT_A_QUANTITY}`,
  "giu",
);
// Calendar dates and quarters: "14 March 2023", "March 3rd", "2023-03-14", "14/03/2023", "Q4 2023", "H1'24".
const MONTH = `(?:${words(MONTHS)})\\.?`;
const DATE = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR_NUMBER}|(?!\s+\p{Ll}+s(?![\p{L}])))(?![\p{L}])`,
    String.raw`(?<![\p{L}\p{N}])${MONTH}\s+(?:\d{1,2}(?:st|nd|rd|th)(?:,?\s+${YEAR_NUMBER})?|\d{1,2},?\s+${YEAR_NUMBER}|\d{1,2}(?=\s*(?:[,.;:!?)]|$)))`,
    String.raw`(?<![\p{N}])${YEAR_NUMBER}-\d\d-\d\d(?!\d)`,
    String.raw`(?<![\p{N}.,/])\d{1,2}[/.]\d{1,2}[/.](?:${YEAR_NUMBER}|\d\d)(?![\d.,/]\d|\d)`,
    String.raw`(?<![\p{L}\p{N}])(?:[Qq][1-4]|H[12]|FY)\s*['’]?(?:${YEAR_NUMBER}|\d\d)(?!\d)`,
    String.raw`(?<![\p{L}\p{N}])${YEAR_NUMBER}\s*[Qq][1-4](?![\p{L}\p{N}])`,
  ].join("|"),
  "gu",
);
// Version numbers after a product or a version word: "Java 17", "React 18", "HTTP/2", "Python 3.11 and 3.12".
const VERSION_NUMBER = String.raw`v?\d+(?:\.(?:\d+|x))*\+?`;
const VERSION_TAIL = String.raw`\s*\/?\s*${VERSION_NUMBER}(?:\s*(?:,|\/|and|or|to|→|->|–)\s*${VERSION_NUMBER})*${NOT_A_QUANTITY}`;
const VERSION = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words(VERSIONED_NAMES)}|${words(VERSION_WORDS)})${VERSION_TAIL}`, "giu");
const VERSION_CAPITALISED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${words(CAPITALISED_VERSIONED_NAMES)})${VERSION_TAIL}`, "gu");
const NUMBER_WORD = new RegExp(
  String.raw`\b(?:${words(NUMBER_WORDS)}|${words(MULTIPLIER_WORDS)}|(?:one|a\s+single)\s+(?:${words(ONE_WITH_UNIT)})s?|a\s+(?:third|quarter|fifth|tenth))\b`,
  "i",
);

/** Numbers that name rather than measure: calendar dates and quarters, years, version numbers. */
const NOT_FIGURES: readonly RegExp[] = [DATE, YEAR, VERSION, VERSION_CAPITALISED];

/**
 * The text with dates, years and version numbers blanked out by spaces of the same length, so what is
 * left are candidate figures at their original offsets. Shared with the interview-day figure
 * extractor so "what counts as a figure" is one idea in the app.
 */
export function maskNotFigures(text: string): string {
  let masked = text;
  for (const pattern of NOT_FIGURES) masked = masked.replace(pattern, (hit) => " ".repeat(hit.length));
  return masked;
}

/** True when the prose states a concrete figure: a number, percentage, amount, time, count or multiple. */
export function hasFigure(text: string): boolean {
  if (NUMBER_WORD.test(text)) return true;
  if (!DIGITS.test(text)) return false;
  // Years after "in", "since", "March" …, dates, quarters and version numbers are not outcomes; look
  // again without them.
  return DIGITS.test(maskNotFigures(text));
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

/** Quoted spans of `text` as ranges, shifted by `base` (the text's offset in the markdown). */
export function quotedRanges(text: string, base = 0): TextRange[] {
  return quotedSpans(text).map(([from, to]) => ({ offset: base + from, endOffset: base + to }));
}

/** True when [start, end) overlaps any of the ranges. */
export function overlapsAny(ranges: readonly TextRange[], start: number, end: number): boolean {
  for (const range of ranges) if (start < range.endOffset && end > range.offset) return true;
  return false;
}

/** True when [start, end) lies inside one of the ranges. */
export function insideAny(ranges: readonly TextRange[], start: number, end: number): boolean {
  for (const range of ranges) if (start >= range.offset && end <= range.endOffset) return true;
  return false;
}
