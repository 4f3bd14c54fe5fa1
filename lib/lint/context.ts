import type { Root } from "mdast";
import type { VFile } from "vfile";
import { parse as parseYaml } from "yaml";
import { isPrincipleId, type PrincipleId } from "../principles";
import { buildDocument, type StoryDocument, type TextRange } from "./document";
import { locateSections, type StorySections } from "./sections";
import { parseSuppressions, type SuppressionComment } from "./suppressions";
import { DEFAULT_SPEAKING_RATE } from "./speaking-rate";
import { sentencesIn, type Sentence } from "./text";
import type { SectionName } from "./types";

/** A 1-based line and column and the 0-based offset of one place in the markdown. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * What every rule reads, computed once per story from the one parse: the flattened document, the
 * sections, the principles, sentences per section (lazily), and offset → line/column conversion.
 */
export interface StoryContext {
  doc: StoryDocument;
  sections: StorySections;
  principles: PrincipleId[];
  /** Sentences of one section's content (cached). */
  sentences(section: SectionName): Sentence[];
  /** True when `offset` lies in the story's lesson ("I learned that …"), which may sit inside the
   * Result's range: a lesson is neither an outcome nor a step. */
  inLesson(offset: number): boolean;
  point(offset: number): Point;
  /** The front matter parsed once per story (see parseFrontMatter; cached). */
  frontMatterData(): Record<string, unknown> | null;
  /** The story's suppression comments, in document order (cached). */
  suppressions(): SuppressionComment[];
  /** Every rule id a suppression comment may name (story and bank rules, aliases); set by lintStory. */
  knownRuleIds: ReadonlySet<string> | null;
  /** Words per minute for spoken-length estimates, from the config (default 150). */
  speakingRate: number;
}

/** Options lintStory hands to the rules through `file.data`. */
export interface StoryFileData {
  principles?: PrincipleId[];
  knownRuleIds?: ReadonlySet<string>;
  speakingRate?: number;
  context?: StoryContext;
}

const DATA_KEY = "storyLint";

export function storyFileData(file: VFile): StoryFileData {
  const data = file.data as Record<string, unknown>;
  let value = data[DATA_KEY] as StoryFileData | undefined;
  if (!value) {
    value = {};
    data[DATA_KEY] = value;
  }
  return value;
}

/** Line starts of the markdown; \r\n, \r and \n end a line as in CommonMark. */
function lineStarts(markdown: string): number[] {
  const starts = [0];
  for (let index = 0; index < markdown.length; index++) {
    const code = markdown.charCodeAt(index);
    if (code === 10) starts.push(index + 1);
    else if (code === 13) {
      if (markdown.charCodeAt(index + 1) === 10) index++;
      starts.push(index + 1);
    }
  }
  return starts;
}

/** The front matter's YAML as a record, or null when there is none or it is not valid YAML of an object
 * (arrays included, as before: they simply have no fields a rule reads). */
export function parseFrontMatter(yaml: string | null): Record<string, unknown> | null {
  if (!yaml) return null;
  try {
    // logLevel "error": unknown tags (!!js/function) must not print a warning on every lint.
    const data: unknown = parseYaml(yaml, { logLevel: "error" });
    return data && typeof data === "object" ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function principlesIn(data: Record<string, unknown> | null): PrincipleId[] {
  const value = data?.principles;
  const list = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  return [...new Set(list.filter((item): item is PrincipleId => typeof item === "string" && isPrincipleId(item)))];
}

/** Principles from the front matter (`principles: [dive-deep, ownership]`); anything invalid is ignored. */
export function principlesFromFrontMatter(yaml: string | null): PrincipleId[] {
  return principlesIn(parseFrontMatter(yaml));
}

export function createStoryContext(
  doc: StoryDocument,
  principles?: PrincipleId[],
  knownRuleIds?: ReadonlySet<string>,
  speakingRate: number = DEFAULT_SPEAKING_RATE,
): StoryContext {
  const sections = locateSections(doc);
  const sentenceCache = new Map<SectionName, Sentence[]>();
  let starts: number[] | null = null;
  let suppressions: SuppressionComment[] | null = null;
  let frontMatter: { data: Record<string, unknown> | null } | null = null;
  const context: StoryContext = {
    doc,
    sections,
    knownRuleIds: knownRuleIds ?? null,
    speakingRate,
    suppressions() {
      suppressions ??= doc.htmlNodes.length === 0 ? [] : parseSuppressions(doc, (offset) => context.point(offset).line);
      return suppressions;
    },
    frontMatterData() {
      frontMatter ??= { data: parseFrontMatter(doc.frontMatter) };
      return frontMatter.data;
    },
    principles: principles ?? [],
    inLesson(offset) {
      const lesson = sections.lesson?.content;
      return lesson !== undefined && offset >= lesson.offset && offset < lesson.endOffset;
    },
    sentences(name) {
      let cached = sentenceCache.get(name);
      if (!cached) {
        const section = sections[name];
        cached = section ? sentencesIn(doc, section.content) : [];
        sentenceCache.set(name, cached);
      }
      return cached;
    },
    point(offset) {
      starts ??= lineStarts(doc.markdown);
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - starts[low] + 1, offset };
    },
  };
  if (!principles) context.principles = principlesIn(context.frontMatterData());
  return context;
}

/** The story's context, built by the first rule that asks and shared by the rest. */
export function getStoryContext(tree: Root, file: VFile): StoryContext {
  const data = storyFileData(file);
  if (!data.context) {
    data.context = createStoryContext(buildDocument(String(file.value ?? ""), tree),
      data.principles,
      data.knownRuleIds,
      data.speakingRate,
    );
  }
  return data.context;
}

export type { TextRange };
