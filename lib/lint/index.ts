import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { VFile } from "vfile";
import type { PrincipleId } from "../principles";
import { resolveConfig, type ResolvedConfig } from "./config";
import { createStoryContext, storyFileData } from "./context";
import { buildDocument } from "./document";
import { STORY_RULE_MODULES } from "./registry";
import { PAYLOAD_KEY, type MessagePayload } from "./rule";
import type { StorySections } from "./sections";
import type { LintConfig, LintMessage, RuleMeta, Severity } from "./types";

export type { FoundSection, StorySections, StoryStructure, TextRange } from "./sections";
export type { LintConfig, LintMessage, RuleMeta, SectionName, Severity } from "./types";
export { resolveConfig, type ResolvedConfig, type RuleSetting } from "./config";
export type { RuleDocs, RuleExample, ExpectedMessage, StoryRule } from "./rule";
export { STORY_RULE_MODULES } from "./registry";

/** Metadata of every story rule with its default severity, as GET /api/rules lists it. */
export const STORY_RULES: RuleMeta[] = STORY_RULE_MODULES.map((rule) => ({ ...rule.meta }));

export interface LintStoryOptions {
  /** The story's principles; when absent they are read from the front matter. */
  principles?: PrincipleId[];
  config?: LintConfig;
}

// One parser for everyone: markdown plus YAML front matter. Rules never parse again.
const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).freeze();

type AnyProcessor = Processor<any, any, any, any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// A frozen processor per set of enabled rules; configs are few, so the cache stays tiny.
const processors = new Map<string, AnyProcessor>();

function processorFor(config: ResolvedConfig): AnyProcessor {
  const key = STORY_RULE_MODULES.map((rule) => (config.rules[rule.meta.id] === "off" ? "0" : "1")).join("");
  let processor = processors.get(key);
  if (!processor) {
    let building: AnyProcessor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
    for (const rule of STORY_RULE_MODULES) {
      if (config.rules[rule.meta.id] !== "off") building = building.use(rule.plugin, [1]);
    }
    processor = building.freeze();
    processors.set(key, processor);
  }
  return processor;
}

/**
 * Lints one story (SPEC §1 format) and returns its messages (SPEC §2 shape), sorted by offset, then
 * rule id. Synchronous, one parse. Principles come from `options.principles`, else from the front
 * matter when it is valid YAML. Never throws on any markdown string; throws only when `options.config`
 * is invalid (see resolveConfig).
 */
export function lintStory(markdown: string, options: LintStoryOptions = {}): LintMessage[] {
  const config = resolveConfig(options.config);
  const text = typeof markdown === "string" ? markdown : "";
  const processor = processorFor(config);
  const file = new VFile({ value: text });
  if (options.principles) storyFileData(file).principles = options.principles;
  try {
    const tree = processor.parse(file);
    processor.runSync(tree, file);
  } catch {
    // A rule failing on strange input must not take the editor down; keep what the others found.
  }
  const messages: LintMessage[] = [];
  for (const message of file.messages) {
    const payload = (message as unknown as Record<string, unknown>)[PAYLOAD_KEY] as MessagePayload | undefined;
    if (!payload) continue;
    const setting = config.rules[payload.ruleId];
    if (setting === "off" || setting === undefined) continue;
    messages.push(orderFields(payload, setting));
  }
  return messages.sort(
    (a, b) => a.offset - b.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.endOffset - b.endOffset,
  );
}

/** The message with SPEC §2's field order, so JSON output reads the same everywhere. */
function orderFields(payload: MessagePayload, severity: Severity): LintMessage {
  const { ruleId, section, reason, line, column, endLine, endColumn, offset, endOffset, actual, expected, note, url } = payload;
  return {
    ruleId,
    severity,
    section,
    reason,
    line,
    column,
    endLine,
    endColumn,
    offset,
    endOffset,
    ...(actual !== undefined ? { actual } : {}),
    ...(expected !== undefined ? { expected: [...expected] } : {}),
    ...(note !== undefined ? { note } : {}),
    url,
  };
}

/**
 * The STAR sections of a story: for each part its label and content ranges (offsets into `markdown`)
 * and word count, plus how the story marks its parts. Never throws.
 */
export function findSections(markdown: string): StorySections {
  const text = typeof markdown === "string" ? markdown : "";
  try {
    const tree = parser.parse(text);
    return createStoryContext(buildDocument(text, tree), []).sections;
  } catch {
    return { situation: null, task: null, action: null, result: null, structure: "none" };
  }
}
