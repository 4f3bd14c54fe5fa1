import type { PrincipleId } from "../../principles";
import { withoutFrontMatter } from "../front-matter";
import {
  CONFLICT_NOT_REAL_BEFORE,
  CONFLICT_PHRASES,
  DEADLINE_MEASURE_BEFORE,
  DEADLINE_NEGATED_JUST_BEFORE,
  DEADLINE_PHRASES,
  FAILURE_NOT_REAL_BEFORE,
  FAILURE_TITLE_STARTS,
  FAILURE_TITLES,
  FIRST_PERSON_FAILURES,
} from "../patterns/story-types";
import { insideAny, quotedRanges } from "../text";

/**
 * The three kinds of story interviewers ask for in nearly every loop, whatever principles they probe:
 * a failure, a disagreement and a tight deadline. Read from a story's title, principle tags and text
 * by `story-type-missing`; exported so other views (the coverage page) can say which story is which.
 */
export const STORY_TYPES = ["failure", "conflict", "deadline"] as const;
export type StoryType = (typeof STORY_TYPES)[number];

/** What a story type is called when speaking to the candidate, and the question that asks for it. */
export const STORY_TYPE_INFO: Readonly<Record<StoryType, { name: string; question: string }>> = {
  failure: { name: "a failure", question: "Tell me about a time you failed" },
  conflict: { name: "a disagreement", question: "Tell me about a time you disagreed with a colleague" },
  deadline: { name: "a tight deadline", question: "Tell me about a time you had to meet a tight deadline" },
};

const START = String.raw`(?<![\p{L}\p{N}_'’-])`;
const END = String.raw`(?![\p{L}\p{N}_])`;
const words = (sources: readonly string[]) => new RegExp(`${START}(?:${sources.join("|")})${END}`, "giu");

const FIRST_PERSON_FAILURE = words(FIRST_PERSON_FAILURES);
// "Lessons learned" also heads the last part of many successful stories, so it does not make a failure
// story here (failure-no-lesson, which only asks for a lesson, can afford to read it as one).
const FAILURE_TITLE = new RegExp(`(?:${FAILURE_TITLES.filter((source) => !source.startsWith("lessons?")).join("|")})${END}`, "iu");
const FAILURE_TITLE_START = new RegExp(FAILURE_TITLE_STARTS, "iu");
const FAILURE_NOT_REAL = new RegExp(`${START}(?:${FAILURE_NOT_REAL_BEFORE})${END}`, "iu");
const CONFLICT = words(CONFLICT_PHRASES);
const CONFLICT_NOT_REAL = new RegExp(`${START}(?:${CONFLICT_NOT_REAL_BEFORE})${END}`, "iu");
const DEADLINE = words(DEADLINE_PHRASES);
const DEADLINE_NEGATED = new RegExp(`${START}(?:${DEADLINE_NEGATED_JUST_BEFORE})${END}`, "iu");
const DEADLINE_MEASURE = new RegExp(`${START}(?:${DEADLINE_MEASURE_BEFORE})${END}`, "iu");

/** The principle whose stories are disagreements by definition. */
const CONFLICT_PRINCIPLE: PrincipleId = "have-backbone-disagree-and-commit";

const CLAUSE_LOOKBACK = 60;

/** The clause a phrase sits in, up to the phrase: back to the last punctuation mark, at most 60 characters. */
function clauseBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - CLAUSE_LOOKBACK), index);
  const cut = Math.max(...[".", "!", "?", ";", ",", ":", "—", "–", "\n"].map((mark) => window.lastIndexOf(mark)));
  return window.slice(cut + 1);
}

function lastWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(-count).join(" ");
}

/** A story's prose as the detectors read it: no front matter, code, comments or block quotes (someone
 * else's words), headings apart. */
function readBody(body: string): { prose: string; headings: string[] } {
  const text = withoutFrontMatter(body)
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/`[^`\n]*`/g, "")
    .replace(/^[ \t]{0,3}>.*$/gm, "");
  const headings: string[] = [];
  const prose = text.replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*)$/gm, (_line, heading: string) => {
    headings.push(heading);
    return "";
  });
  return { prose, headings };
}

/** Every match of `pattern` in `text` that `keep` accepts, given the clause before it. */
function anyMatch(pattern: RegExp, text: string, keep: (clause: string, index: number, match: string) => boolean): boolean {
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
    if (keep(clauseBefore(text, hit.index), hit.index, hit[0])) return true;
  }
  return false;
}

function toldAsFailure(text: string): boolean {
  let quotes: ReturnType<typeof quotedRanges> | null = null;
  return anyMatch(FIRST_PERSON_FAILURE, text, (clause, index, match) => {
    if (FAILURE_NOT_REAL.test(clause)) return false;
    // Quoted, it is someone else's words ("he said 'I was wrong to trust it'"), or a question asked.
    quotes ??= quotedRanges(text);
    return !insideAny(quotes, index, index + match.length);
  });
}

function toldAsConflict(text: string): boolean {
  return anyMatch(CONFLICT, text, (clause) => !CONFLICT_NOT_REAL.test(clause));
}

function toldAsDeadline(text: string): boolean {
  return anyMatch(DEADLINE, text, (clause) => !DEADLINE_NEGATED.test(lastWords(clause, 3)) && !DEADLINE_MEASURE.test(clause));
}

/**
 * The story types a story is, from its title, tags and (when given) its markdown. Precise rather
 * than complete: see lib/lint/patterns/story-types.ts for what counts and what does not.
 */
export function storyTypesOf(story: { title: string; principles: readonly PrincipleId[]; body?: string }): Set<StoryType> {
  const { prose, headings } = readBody(story.body ?? "");
  const title = story.title;
  const types = new Set<StoryType>();
  if (
    [title, ...headings].some((heading) => FAILURE_TITLE.test(heading)) ||
    FAILURE_TITLE_START.test(title) ||
    toldAsFailure(title) ||
    toldAsFailure(prose)
  ) {
    types.add("failure");
  }
  if (story.principles.includes(CONFLICT_PRINCIPLE) || toldAsConflict(title) || toldAsConflict(prose)) types.add("conflict");
  if (toldAsDeadline(title) || toldAsDeadline(prose)) types.add("deadline");
  return types;
}
