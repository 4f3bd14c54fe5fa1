import {
  MULTIPLIER_WORDS,
  NUMBER_WORDS,
  ONE_WITH_UNIT,
} from "@/lib/lint/patterns/figures";
import { maskNotFigures as maskDatesAndVersions } from "@/lib/lint/text";
import { COMPARATIVES, COUNT_STOP_WORDS, IRREGULAR_PLURALS, QUALIFIERS, RATE_UNITS, TIME_UNITS } from "./patterns";

/**
 * The concrete figures of a Result, as short phrases a candidate can glance at before a round:
 * "from 800 ms to 60 ms", "40%", "$1.2M a year", "12 engineers", "3x faster", "two weeks early".
 * Versions ("Java 17"), dates ("March 2023", "Q3") and times of day are not figures. The word lists
 * are the linter's (lib/lint/patterns/figures.ts) plus ./patterns, so "what counts as a figure" stays
 * one idea in the app.
 */

const words = (list: readonly string[]) => list.join("|");

// ---- What is masked before looking for figures (replaced by spaces, so offsets stay put) ----

// Dates, years and versions are masked by the linter's own patterns; times of day only matter here.
const TIMES_OF_DAY: readonly RegExp[] = [
  // Times of day and round-the-clock: "at 3 am", "09:30", "24/7".
  /(?<![\p{L}\p{N}])\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu,
  /(?<![\p{N}])\d{1,2}:\d\d(?![\p{N}])/gu,
  /(?<![\p{N}])24\s?[/x×]\s?7(?![\p{N}])/gu,
];

function maskNotFigures(text: string): string {
  let masked = maskDatesAndVersions(text);
  for (const pattern of TIMES_OF_DAY) masked = masked.replace(pattern, (hit) => " ".repeat(hit.length));
  return masked;
}

// ---- Quantities: a number, then what it counts ----

const NUMBER_WORD = `(?:${words(NUMBER_WORDS.filter((word) => !["twice", "thrice", "half"].includes(word)))})`;
const DIGIT_NUMBER = String.raw`(?:[$€£¥₹]\s?)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
// A rating or share: "4.8/5", "9/10".
const RATIO = String.raw`(?:\/\d+(?:\.\d+)?(?![\d/]))`;
const SCALE = String.raw`(?:[kKmMbB](?![\p{L}\p{N}])|\s?(?:bn|mn)(?![\p{L}])|\s(?:thousand|million|billion)(?![\p{L}]))`;
const RANGE = String.raw`(?:\s?[–-]\s?(?:\d+(?:\.\d+)?))`;

/** A number as written: digits (with currency, scale, range, "+"), or number words. */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,/$€£¥₹-])(?:${DIGIT_NUMBER}(?:${RATIO}|${RANGE}?${SCALE}?\+?)|(?:a\s+)?${NUMBER_WORD}(?:[-\s]${NUMBER_WORD})*(?![\p{L}])|(?:one|a\s+single)(?=\s+(?:${words(ONE_WITH_UNIT)})s?(?![\p{L}])))`,
  "giu",
);

const PERCENT = /^\s?(?:%|percent(?:age points?)?|per\s?cent|pp|points?)(?![\p{L}])/iu;
const MULTIPLE = new RegExp(String.raw`^(?:\s?[x×](?![\p{L}\p{N}])|\s(?:times|fold)(?![\p{L}]))(?:\s(?:${words(COMPARATIVES)})(?![\p{L}]))?`, "iu");
const TIME = new RegExp(String.raw`^\s?(?:${words(TIME_UNITS)})(?![\p{L}])`, "iu");
const MONEY_WORDS = /^\s(?:dollars?|euros?|pounds?|USD|EUR|GBP)(?![\p{L}])/iu;
const COMPOUND = /^-(?:person|people|member|engineer|month|week|day|hour|minute|second|year|quarter|sprint|step|page|line|team|service|region|node)(?![\p{L}])/iu;
const RATE = new RegExp(
  String.raw`^(?:\s(?:per|a|an|each|every)\s(?:${words(RATE_UNITS)})|\/(?:s|sec|min|h|hr|day|wk|week|mo|month|yr|year)|\s(?:annually|monthly|weekly|daily|yearly))(?![\p{L}])`,
  "iu",
);
const SCHEDULE = /^\s(?:early|late|ahead\s+of\s+schedule|ahead|sooner|earlier|faster|saved|of\s+downtime)(?![\p{L}])/iu;
const QUALIFIER = new RegExp(String.raw`(?:^|[\s(])((?:${words(QUALIFIERS)})\s?)$`, "iu");
const NEXT_WORD = /^\s([\p{L}][\p{L}'’-]*)/u;

/** Standalone multiples and frequencies: "doubled", "halved", "tenfold", "twice as fast", "twice a day",
 * "by half", "a third". */
const MULTIPLE_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:${words(MULTIPLIER_WORDS)}|twice\s+as\s+(?:many|much|fast|quick|quickly|often)|(?:twice|thrice)\s+(?:a|an|per|every)\s+(?:${words(RATE_UNITS)})|(?:in|by)\s+half|(?<=\bby\s)(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?)(?![\p{L}])`,
  "giu",
);

interface Quantity {
  start: number;
  end: number;
  /** A number with nothing after it that says what it counts ("to 12"). */
  bare: boolean;
  /** Written in words ("two"), not digits. */
  inWords: boolean;
}

const isPlural = (word: string) => /[a-z]s$/.test(word) || IRREGULAR_PLURALS.has(word.toLowerCase());

/** The noun a count counts: "12 engineers", "3 AWS regions", "1,200 new hires"; "" when none. */
function countNoun(rest: string): string {
  const first = NEXT_WORD.exec(rest);
  if (!first || COUNT_STOP_WORDS.has(first[1].toLowerCase())) return "";
  if (isPlural(first[1])) return first[0];
  const second = NEXT_WORD.exec(rest.slice(first[0].length));
  if (second && !COUNT_STOP_WORDS.has(second[1].toLowerCase()) && isPlural(second[1])) return first[0] + second[0];
  return first[0];
}

/** What follows a number and belongs to its figure, as a length into `rest`. */
function unitLength(rest: string, money: boolean, inWords: boolean): { length: number; bare: boolean } {
  let length = 0;
  let bare = false;
  const take = (pattern: RegExp) => {
    const hit = pattern.exec(rest.slice(length));
    if (hit) length += hit[0].length;
    return Boolean(hit);
  };
  if (take(PERCENT) || take(MULTIPLE)) return { length, bare };
  if (take(TIME)) {
    if (!take(RATE)) take(SCHEDULE);
    return { length, bare };
  }
  if (money) take(MONEY_WORDS);
  else if (!inWords || !take(MONEY_WORDS)) {
    take(COMPOUND);
    // "hundreds of customers", "dozens of services"
    const of = /^\s+of(?=\s)/.exec(rest.slice(length));
    const noun = countNoun(rest.slice(length + (of && inWords ? of[0].length : 0)));
    if (noun) length += (of && inWords ? of[0].length : 0) + noun.length;
    else if (!money && length === 0) bare = true;
  }
  take(RATE);
  return { length, bare };
}

function quantitiesIn(masked: string): Quantity[] {
  const found: Quantity[] = [];
  NUMBER.lastIndex = 0;
  for (let hit = NUMBER.exec(masked); hit; hit = NUMBER.exec(masked)) {
    const number = hit[0];
    if (number.trim() === "") continue;
    const end = hit.index + number.length;
    const inWords = !/\d/.test(number);
    // Digits glued to letters that are no unit are names or ordinals: "4G", "2FA", "1st".
    if (!inWords && /^[\p{L}]/u.test(masked.slice(end)) && !/^(?:%|[x×]|ms|s|h|hrs?|mins?|secs?|k|m|bn)(?![\p{L}])/iu.test(masked.slice(end))) {
      continue;
    }
    // A year on its own ("2000 stores" keeps its figure through the unit).
    const money = /[$€£¥₹]/.test(number);
    const unit = unitLength(masked.slice(end), money, inWords);
    if (!money && /^(?:19|20)\d\d$/.test(number) && unit.bare) continue;
    let start = hit.index;
    const qualifier = QUALIFIER.exec(masked.slice(Math.max(0, start - 24), start));
    if (qualifier) start -= qualifier[1].length;
    found.push({ start, end: end + unit.length, bare: unit.bare && !money, inWords });
    NUMBER.lastIndex = end + unit.length;
  }
  return found;
}

const PAIR_LINK = /^\s*(?:(?:(?:all\s+the\s+way\s+)?(?:down|up)\s+)?to|→|->|=>|⟶)\s*$/iu;
const FROM = /(?:^|[^\p{L}])(from\s+)$/iu;

interface Span {
  start: number;
  end: number;
}

/** Joins "from 800 ms to 60 ms" and "800 ms → 60 ms" into one figure. */
function pairUp(text: string, quantities: readonly Quantity[]): Array<Span & { keep: boolean }> {
  const spans: Array<Span & { keep: boolean }> = [];
  for (let i = 0; i < quantities.length; i++) {
    const before = quantities[i];
    const after = quantities[i + 1];
    if (after && PAIR_LINK.test(text.slice(before.end, after.start))) {
      const from = FROM.exec(text.slice(Math.max(0, before.start - 12), before.start));
      const arrow = !/to\s*$/i.test(text.slice(before.end, after.start));
      if (from || arrow) {
        spans.push({ start: before.start - (from ? from[1].length : 0), end: after.end, keep: !(before.bare && after.bare && before.inWords) });
        i++;
        continue;
      }
    }
    spans.push({ start: before.start, end: before.end, keep: !(before.bare && before.inWords) });
  }
  return spans;
}

function clean(phrase: string): string {
  return phrase.replace(/\s+/g, " ").replace(/[\s,;:]+$/, "").trim();
}

/**
 * The concrete figures stated in `text` (usually a story's Result), as short phrases in the order
 * written, each exactly as worded apart from white space: percentages, money, durations, counts with
 * what they count, multiples and before→after pairs. Versions, dates and times of day are left out.
 */
export function extractFigures(text: string): string[] {
  if (typeof text !== "string" || text.trim() === "") return [];
  const masked = maskNotFigures(text);
  const spans: Span[] = pairUp(masked, quantitiesIn(masked)).filter((span) => span.keep);
  MULTIPLE_WORDS.lastIndex = 0;
  for (let hit = MULTIPLE_WORDS.exec(masked); hit; hit = MULTIPLE_WORDS.exec(masked)) {
    const start = hit.index;
    const end = start + hit[0].length;
    if (!spans.some((span) => start < span.end && end > span.start)) spans.push({ start, end });
  }
  spans.sort((a, b) => a.start - b.start);
  const figures: string[] = [];
  for (const span of spans) {
    const phrase = clean(text.slice(span.start, span.end));
    if (phrase && !figures.includes(phrase)) figures.push(phrase);
  }
  return figures;
}
