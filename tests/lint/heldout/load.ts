/**
 * Loader for the held-out STAR-story linter corpus.
 *
 * Each file in ./stories is a story exactly as a candidate would write it, plus two kinds of annotation
 * that this loader removes before the markdown is handed to the linter:
 *
 *  1. The very first line is `<!-- expect: ... -->` and lists the story-level findings:
 *       `none`, `star-no-structure`, `result-missing-metric`, `star-missing-section(<part>)`
 *     separated by commas. The line (and its newline) is removed; the story's own front matter follows it.
 *  2. Occurrence-level findings are wrapped inline as `⟦rule-id|text⟧`. The wrapper is removed and the
 *     expected finding records where `text` sits in the cleaned markdown (0-based UTF-16 offsets, the same
 *     units as the linter's `offset`/`endOffset`).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const STORY_LEVEL_RULES = ["star-missing-section", "star-no-structure", "star-unlabelled", "result-missing-metric"] as const;
export const OCCURRENCE_RULES = ["we-instead-of-i", "vague-outcome"] as const;
export const EVALUATED_RULES = [
  "star-missing-section",
  "star-no-structure",
  "star-unlabelled",
  "result-missing-metric",
  "we-instead-of-i",
  "vague-outcome",
] as const;
export type EvaluatedRule = (typeof EVALUATED_RULES)[number];
export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
/** The parts a story's text may be split into: the four STAR parts and a trailing lesson. */
export const STORY_PARTS = [...STAR_PARTS, "lesson"] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

/** Where an annotator says a part of an unlabelled story starts (`⟦@action⟧`). */
export interface PartMarker {
  part: StoryPart;
  /** Offset in the cleaned markdown of the first character after the marker. */
  offset: number;
}

export interface ExpectedFinding {
  ruleId: EvaluatedRule;
  /** Only for star-missing-section: the part that is missing. */
  section?: string;
  /** Only for occurrence rules: range of `text` in the cleaned markdown. */
  offset?: number;
  endOffset?: number;
  text?: string;
}

export interface HeldoutStory {
  /** File name relative to the stories folder, e.g. "we-in-situation.md". */
  file: string;
  /** The markdown the linter sees: expect line and inline annotations removed. */
  markdown: string;
  expected: ExpectedFinding[];
  /** Part markers in document order; empty when the file has none (labelled stories need none). */
  parts: PartMarker[];
}

export const STORIES_DIR = path.join(import.meta.dirname, "stories");

/**
 * The corpora the evaluation knows about. `heldout` is this folder (seen by the linter's authors since);
 * `blind` (tests/lint/blind/stories) uses the same annotation format and conventions and must stay unseen:
 * report only its aggregate scores.
 */
export const CORPORA = {
  heldout: STORIES_DIR,
  blind: path.join(import.meta.dirname, "..", "blind", "stories"),
  unlabelled: path.join(import.meta.dirname, "..", "unlabelled", "stories"),
} as const;
export type CorpusName = keyof typeof CORPORA;

const EXPECT_LINE = /^<!--\s*expect:\s*(.*?)\s*-->[ \t]*(?:\r?\n|$)/;
const ANNOTATION = /⟦([a-z-]+)\|([^⟦⟧]*)⟧|⟦@([a-z]+)⟧/g;

function parseExpectLine(body: string, file: string): ExpectedFinding[] {
  const items = body
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new Error(`${file}: empty expect line (write "none")`);
  if (items.includes("none")) {
    if (items.length > 1) throw new Error(`${file}: "none" cannot be combined with other expectations`);
    return [];
  }
  const out: ExpectedFinding[] = [];
  for (const item of items) {
    const m = /^([a-z-]+)(?:\(([a-z]+)\))?$/.exec(item);
    if (!m) throw new Error(`${file}: cannot parse expectation "${item}"`);
    const [, ruleId, section] = m;
    if (!(STORY_LEVEL_RULES as readonly string[]).includes(ruleId)) {
      throw new Error(`${file}: "${ruleId}" is not a story-level rule (annotate occurrences inline)`);
    }
    if (ruleId === "star-missing-section") {
      if (!section || !(STAR_PARTS as readonly string[]).includes(section)) {
        throw new Error(`${file}: star-missing-section needs a part: situation|task|action|result`);
      }
      if (out.some((e) => e.ruleId === ruleId && e.section === section)) {
        throw new Error(`${file}: duplicate star-missing-section(${section})`);
      }
      out.push({ ruleId, section });
    } else {
      if (section) throw new Error(`${file}: ${ruleId} takes no argument`);
      if (out.some((e) => e.ruleId === ruleId)) throw new Error(`${file}: duplicate ${ruleId}`);
      out.push({ ruleId: ruleId as EvaluatedRule });
    }
  }
  return out;
}

/** Strip annotations from one source file. Exported for the unit test. */
export function parseAnnotated(
  source: string,
  file = "<inline>",
): { markdown: string; expected: ExpectedFinding[]; parts: PartMarker[] } {
  const head = EXPECT_LINE.exec(source);
  if (!head) throw new Error(`${file}: the first line must be <!-- expect: ... -->`);
  const expected = parseExpectLine(head[1], file);
  const rest = source.slice(head[0].length);

  let markdown = "";
  let last = 0;
  const parts: PartMarker[] = [];
  for (const m of rest.matchAll(ANNOTATION)) {
    const [whole, ruleId, text, part] = m;
    if (part !== undefined) {
      if (!(STORY_PARTS as readonly string[]).includes(part)) {
        throw new Error(`${file}: part marker ⟦@${part}⟧ is not one of ${STORY_PARTS.join(", ")}`);
      }
      markdown += rest.slice(last, m.index);
      const previous = parts.at(-1);
      if (previous && STORY_PARTS.indexOf(previous.part) >= STORY_PARTS.indexOf(part as StoryPart)) {
        throw new Error(`${file}: part marker ⟦@${part}⟧ after ⟦@${previous.part}⟧ breaks the STAR order`);
      }
      parts.push({ part: part as StoryPart, offset: markdown.length });
      last = m.index! + whole.length;
      continue;
    }
    if (!(OCCURRENCE_RULES as readonly string[]).includes(ruleId)) {
      throw new Error(`${file}: inline annotation uses "${ruleId}", which is not an occurrence rule`);
    }
    if (text.length === 0) throw new Error(`${file}: empty annotation for ${ruleId}`);
    markdown += rest.slice(last, m.index);
    const offset = markdown.length;
    markdown += text;
    expected.push({ ruleId: ruleId as EvaluatedRule, offset, endOffset: markdown.length, text });
    last = m.index! + whole.length;
  }
  markdown += rest.slice(last);
  if (/[⟦⟧]/.test(markdown)) throw new Error(`${file}: unbalanced or malformed ⟦…⟧ annotation`);
  if (/<!--\s*expect:/.test(markdown)) throw new Error(`${file}: stray expect line after the first line`);
  return { markdown, expected, parts };
}

export function loadHeldoutStories(dir: string = STORIES_DIR): HeldoutStory[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((file) => {
      const source = readFileSync(path.join(dir, file), "utf8");
      return { file, ...parseAnnotated(source, file) };
    });
}
