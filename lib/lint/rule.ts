import type { Root } from "mdast";
import { lintRule } from "unified-lint-rule";
import type { Plugin } from "unified";
import { getStoryContext, type StoryContext } from "./context";
import type { TextRange } from "./document";
import type { LintMessage, RuleMeta, SectionName, Severity } from "./types";

/** One message a rule's documentation promises, as remark-lint writes them: `line:col-line:col`. */
export interface ExpectedMessage {
  range: string;
  /** The offending text, when the message has one. */
  actual?: string;
  /** The message's reason, word for word. */
  reason?: string;
}

/** A documented example. Its messages are the rule's output, checked by tests/lint/rule-docs.test.ts. */
export interface RuleExample {
  /** What the example shows. */
  title: string;
  markdown: string;
  /** Every message of this rule on `markdown`; empty means "not flagged". */
  messages: ExpectedMessage[];
}

/** A rule's documentation page: prose plus examples that are also its tests. */
export interface RuleDocs {
  description: string;
  examples: RuleExample[];
}

/** What a rule reports; lintStory adds ruleId, severity, line/column and url. */
export interface Finding extends TextRange {
  section: SectionName | null;
  reason: string;
  /** Set `actual` to true to use markdown.slice(offset, endOffset). */
  actual?: true;
  expected?: string[];
  note?: string;
}

export type StoryRuleCheck = (context: StoryContext, report: (finding: Finding) => void) => void;

/** A story rule: metadata for GET /api/rules, docs, and the unified-lint-rule plugin that runs it. */
export interface StoryRule {
  meta: RuleMeta;
  docs: RuleDocs;
  plugin: Plugin<[unknown?], Root>;
}

/** The message shape rules attach to the vfile message, read back by lintStory. */
export type MessagePayload = Omit<LintMessage, "severity">;

export const PAYLOAD_KEY = "storyLintMessage";

/**
 * Makes a story rule. The rule's `check` reads the shared StoryContext (one parse, one section pass per
 * story) and reports findings; each becomes a vfile message carrying the full SPEC §2 shape.
 */
export function defineStoryRule(definition: {
  id: string;
  severity: Severity;
  summary: string;
  docs: RuleDocs;
  check: StoryRuleCheck;
}): StoryRule {
  const url = `/rules/${definition.id}`;
  const meta: RuleMeta = { id: definition.id, severity: definition.severity, summary: definition.summary, url, scope: "story" };
  const plugin = lintRule<Root, unknown>({ origin: `story-lint:${definition.id}`, url }, (tree, file) => {
    const context = getStoryContext(tree, file);
    const markdown = context.doc.markdown;
    definition.check(context, (finding) => {
      const start = context.point(finding.offset);
      const end = context.point(finding.endOffset);
      const message = file.message(finding.reason, {
        place: { start, end },
        ruleId: definition.id,
        source: "story-lint",
      });
      const payload: MessagePayload = {
        ruleId: definition.id,
        section: finding.section,
        reason: finding.reason,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset: finding.offset,
        endOffset: finding.endOffset,
        ...(finding.actual ? { actual: markdown.slice(finding.offset, finding.endOffset) } : {}),
        ...(finding.expected ? { expected: finding.expected } : {}),
        ...(finding.note ? { note: finding.note } : {}),
        url,
      };
      if (payload.actual !== undefined) message.actual = payload.actual;
      if (finding.expected) message.expected = finding.expected;
      if (finding.note) message.note = finding.note;
      message.url = url;
      (message as unknown as Record<string, unknown>)[PAYLOAD_KEY] = payload;
    });
  }) as unknown as Plugin<[unknown?], Root>;
  return { meta, docs: definition.docs, plugin };
}

/** Display name of a section in messages. */
export function sectionTitle(name: SectionName): string {
  return name[0].toUpperCase() + name.slice(1);
}
