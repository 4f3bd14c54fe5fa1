import { z } from "zod";
import { principleIdSchema } from "../principle-id-schema";
import { PRINCIPLE_IDS, type PrincipleId } from "../principles";

/**
 * The public shapes of the linter (shared/SPEC.md §2). The CLI's JSON, the HTTP API and the editor all
 * use these, so field names and meanings never change.
 */

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SECTION_NAMES = ["situation", "task", "action", "result"] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** One finding in one story. Lines/columns are 1-based; offsets are 0-based UTF-16 indexes into the
 * markdown exactly as given (front matter included), so `markdown.slice(offset, endOffset)` is the text. */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  /** The section the message is in, or for a missing section the one that is missing. */
  section: SectionName | null;
  /** One sentence: what is wrong and why it matters. */
  reason: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  /** The offending text (equal to markdown.slice(offset, endOffset)) when the message points at words. */
  actual?: string;
  /** Replacements for `actual` an editor can offer as a one-click fix. */
  expected?: string[];
  /** Coaching: how an interviewer would probe this, and how to answer better. */
  note?: string;
  /** The rule's documentation page in the app. */
  url: string;
}

/** A finding about the whole story bank (coverage of the principles), not about a span of text. */
export interface BankMessage {
  ruleId: string;
  severity: Severity;
  section: null;
  reason: string;
  note?: string;
  url: string;
  /** The principle the message is about, when there is one. */
  principleId?: PrincipleId;
  /** The story the message is about, when there is one. */
  storyId?: string;
}

export type CoverageStatus = "missing" | "thin" | "covered";

/** A story as the bank rules see it. */
export interface BankStory {
  id: string;
  title: string;
  principles: PrincipleId[];
  /** The story's markdown, for rules that compare what stories say (figure-inconsistent); optional so
   * callers with only titles and tags still get the coverage rules. */
  body?: string;
}

export interface PrincipleCoverage {
  id: PrincipleId;
  name: string;
  storyIds: string[];
  target: number;
  status: CoverageStatus;
}

export interface BankReport {
  principles: PrincipleCoverage[];
  messages: BankMessage[];
}

/** Metadata of one rule, as GET /api/rules lists it. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  summary: string;
  url: string;
  /** "story": runs on one story's markdown; "bank": runs on the whole bank. */
  scope: "story" | "bank";
}

const ruleSettingSchema = z.enum(["error", "warning", "info", "off"]);

/**
 * Linter configuration: `.story-lint.json` for the CLI (`--config`) and the app's settings share it.
 * Every field is optional; defaults live in lib/lint/config.ts.
 */
export const lintConfigSchema = z
  .object({
    /** Per-rule severity override, or "off". Unknown rule ids are rejected by resolveConfig. */
    rules: z.record(z.string(), ruleSettingSchema).optional(),
    /** Stories wanted per principle before it counts as covered (0 means not needed). */
    targets: z.partialRecord(principleIdSchema, z.number().int().min(0).max(20)).optional(),
    /** Most principles one story may carry before story-overstretched fires. */
    maxPrinciplesPerStory: z.number().int().min(1).max(16).optional(),
    /** Fewer stories than this fires bank-too-small. */
    minStories: z.number().int().min(0).max(100).optional(),
    /** Speaking rate in words per minute, for spoken-length estimates. */
    speakingRate: z.number().int().min(60).max(300).optional(),
  })
  .strict();

export type LintConfig = z.infer<typeof lintConfigSchema>;

export { PRINCIPLE_IDS };
