import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { VFile } from "vfile";
import type { PrincipleId } from "../principles";
import { BANK_RULES } from "./bank";
import { resolveConfig, type ResolvedConfig } from "./config";
import { createStoryContext, storyFileData } from "./context";
import { parseStory } from "./document";
import { RULE_ALIASES, STORY_RULE_MODULES } from "./registry";
import { PAYLOAD_KEY, type MessagePayload } from "./rule";
import { noSections, type StorySections } from "./sections";
import type { SuppressionComment } from "./suppressions";
import type { LintConfig, LintMessage, RuleMeta, Severity } from "./types";

export type { FoundSection, StorySections, StoryStructure, TextRange } from "./sections";
export type { LintConfig, LintMessage, RuleMeta, SectionName, Severity } from "./types";
export { resolveConfig, type ResolvedConfig, type RuleSetting } from "./config";
export type { RuleDocs, RuleExample, ExpectedMessage, StoryRule } from "./rule";
export type { SuppressionComment, SuppressionKind } from "./suppressions";
export { STORY_RULE_MODULES } from "./registry";

/** Metadata of every story rule with its default severity, as GET /api/rules lists it. */
export const STORY_RULES: RuleMeta[] = STORY_RULE_MODULES.map((rule) => ({ ...rule.meta }));

/** A message waived by a suppression comment, with the comment's reason, for the editor to show. */
export interface SuppressedMessage {
  message: LintMessage;
  /** The reason after the colon in the comment; null when none was given. */
  reason: string | null;
  /** Where the `<!-- story-lint … -->` comment is: 0-based UTF-16 offsets, end exclusive. */
  comment: { offset: number; endOffset: number };
}

export interface LintResultWithSuppressions {
  /** The active messages, exactly what lintStory returns. */
  messages: LintMessage[];
  /** The messages suppression comments waived, in the same order. */
  suppressed: SuppressedMessage[];
  /** The story's sections from the same parse, for the editor's meter (lib/lint/meter.ts meterOf). */
  sections: StorySections;
}

/** Rule ids a suppression comment may name: story rules, bank rules, and old ids still accepted. */
const KNOWN_RULE_IDS: ReadonlySet<string> = new Set([
  ...STORY_RULE_MODULES.map((rule) => rule.meta.id),
  ...BANK_RULES.map((rule) => rule.id),
  ...Object.keys(RULE_ALIASES),
]);

/** Reports about suppression comments themselves: never waived by one, so a typo cannot hide itself. */
const UNSUPPRESSIBLE = new Set(["suppression-unknown-rule"]);

export interface LintStoryOptions {
  /** The story's principles; when absent they are read from the front matter. */
  principles?: PrincipleId[];
  config?: LintConfig;
}

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
 * Lints one story (SPEC §1 format) and returns its active messages (SPEC §2 shape), sorted by offset,
 * then rule id; messages waived by `<!-- story-lint disable … -->` comments are left out (see
 * lintStoryWithSuppressions to get them too). Synchronous, one parse. Principles come from
 * `options.principles`, else from the front matter when it is valid YAML. Never throws on any
 * markdown string; throws only when `options.config` is invalid (see resolveConfig).
 */
export function lintStory(markdown: string, options: LintStoryOptions = {}): LintMessage[] {
  return lintStoryWithSuppressions(markdown, options).messages;
}

/**
 * Lints one story like lintStory, and also returns what suppression comments waived, each with the
 * comment's reason and place, so the editor can show what was waived and why. Comments (SPEC §1):
 * `<!-- story-lint disable [ids][: reason] -->` until `<!-- story-lint enable [ids] -->` or the end,
 * and `<!-- story-lint disable-next-line [ids][: reason] -->` for the next non-blank line. Ids are
 * separated by commas or spaces; none means every rule. A message is waived when it starts after a
 * comment that disables its rule (the last such comment before it decides) or on the line a
 * disable-next-line covers.
 */
export function lintStoryWithSuppressions(markdown: string, options: LintStoryOptions = {}): LintResultWithSuppressions {
  const config = resolveConfig(options.config);
  const text = typeof markdown === "string" ? markdown : "";
  const processor = processorFor(config);
  const file = new VFile({ value: text });
  const data = storyFileData(file);
  data.knownRuleIds = KNOWN_RULE_IDS;
  data.speakingRate = config.speakingRate;
  if (options.principles) data.principles = options.principles;
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
  messages.sort(
    (a, b) => a.offset - b.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.endOffset - b.endOffset,
  );
  // The rules' own context holds the sections; only with every story rule off (or a parse that threw)
  // is there none, and then they are found with a parse of their own.
  const sections = data.context?.sections ?? findSections(text);
  const comments = messages.length > 0 ? (data.context?.suppressions() ?? []) : [];
  if (comments.length === 0) return { messages, suppressed: [], sections };
  const active: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const message of messages) {
    const waiver = UNSUPPRESSIBLE.has(message.ruleId) ? null : waiverOf(message, comments);
    if (waiver) suppressed.push({ message, reason: waiver.reason, comment: { ...waiver.comment } });
    else active.push(message);
  }
  return { messages: active, suppressed, sections };
}

function covers(comment: SuppressionComment, ruleId: string): boolean {
  return comment.rules.length === 0 || comment.rules.some((rule) => (RULE_ALIASES[rule.id] ?? rule.id) === ruleId);
}

/** The comment that waives the message, if any: a disable-next-line on its line, else the last
 * disable/enable before it that names its rule, when that one is a disable. */
function waiverOf(message: LintMessage, comments: readonly SuppressionComment[]): SuppressionComment | null {
  let state: SuppressionComment | null = null;
  for (const comment of comments) {
    if (comment.kind === "disable-next-line") {
      if (comment.line === message.line && covers(comment, message.ruleId)) return comment;
      continue;
    }
    if (comment.comment.endOffset > message.offset) continue;
    if (!covers(comment, message.ruleId)) continue;
    state = comment.kind === "disable" ? comment : null;
  }
  return state;
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
    return createStoryContext(parseStory(text), []).sections;
  } catch {
    return noSections();
  }
}
