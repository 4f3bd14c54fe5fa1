/**
 * Scoring for the held-out linter corpus, shared by scripts/eval-lint.ts and heldout.test.ts.
 *
 * Matching rules (per rule id; messages of other rule ids are ignored):
 *  - we-instead-of-i: a message matches an expected finding when their [offset, endOffset) ranges overlap.
 *  - vague-outcome: a message matches an expected finding when the ranges overlap OR both start in the
 *    same sentence (a sentence ends at a newline or at . ! ? followed by whitespace). So flagging
 *    "improved" where the corpus annotated "significantly" in the same sentence is a match.
 *  - star-missing-section: matched by (file, section).
 *  - star-no-structure, result-missing-metric: matched by file.
 *
 * Counting:
 *  - TP = expected findings matched by at least one message; FN = expected findings matched by none.
 *  - For occurrence rules, a message that matches any expected finding is correct (several messages on
 *    one annotated claim are not penalised); a message that matches none is an FP.
 *  - For story-level rules each expected finding can absorb one message; repeats are FPs ("exactly one").
 *  - precision = correct messages / all messages (1 when there are no messages);
 *    recall = TP / (TP + FN) (1 when nothing is expected).
 */
import type { EvaluatedRule, ExpectedFinding, HeldoutStory } from "./load";
import { EVALUATED_RULES } from "./load";

/** The part of the linter's message shape the scorer needs (see SPEC §2). */
export interface LintMessageLike {
  ruleId: string;
  section?: string | null;
  offset?: number;
  endOffset?: number;
  actual?: string;
}

export type LintFn = (markdown: string) => LintMessageLike[];

export interface Miss {
  file: string;
  line: number | null;
  text: string;
}

export interface RuleScore {
  ruleId: EvaluatedRule;
  expected: number;
  messages: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  falsePositives: Miss[];
  falseNegatives: Miss[];
}

export interface Thresholds {
  precision: number;
  recall: number;
}
export const THRESHOLDS: Thresholds = { precision: 0.9, recall: 0.8 };

const OCCURRENCE = new Set<string>(["we-instead-of-i", "vague-outcome"]);

export function lineOf(markdown: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < markdown.length; i++) if (markdown.charCodeAt(i) === 10) line++;
  return line;
}

/** Start offset of the sentence containing `offset` (see the module comment for what a sentence is). */
export function sentenceStart(markdown: string, offset: number): number {
  for (let i = Math.min(offset, markdown.length) - 1; i >= 0; i--) {
    const c = markdown[i];
    if (c === "\n") return i + 1;
    if (/\s/.test(c) && i > 0 && /[.!?]/.test(markdown[i - 1])) return i + 1;
  }
  return 0;
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  // Treat empty ranges as one character wide so a zero-width message still lands somewhere.
  return a0 < Math.max(b1, b0 + 1) && b0 < Math.max(a1, a0 + 1);
}

function hasRange(m: LintMessageLike): m is LintMessageLike & { offset: number; endOffset: number } {
  return typeof m.offset === "number" && typeof m.endOffset === "number";
}

function occurrenceMatches(ruleId: string, md: string, m: LintMessageLike, e: ExpectedFinding): boolean {
  if (!hasRange(m) || e.offset === undefined || e.endOffset === undefined) return false;
  if (overlaps(m.offset, m.endOffset, e.offset, e.endOffset)) return true;
  if (ruleId === "vague-outcome") return sentenceStart(md, m.offset) === sentenceStart(md, e.offset);
  return false;
}

function describeMessage(md: string, m: LintMessageLike): string {
  if (hasRange(m) && m.endOffset > m.offset) return JSON.stringify(md.slice(m.offset, m.endOffset) || m.actual || "");
  return m.section ? `section=${m.section}` : m.actual ? JSON.stringify(m.actual) : "(story)";
}

export function scoreCorpus(stories: HeldoutStory[], lint: LintFn): RuleScore[] {
  const acc = new Map<EvaluatedRule, RuleScore & { correctMessages: number }>();
  for (const ruleId of EVALUATED_RULES) {
    acc.set(ruleId, {
      ruleId, expected: 0, messages: 0, tp: 0, fp: 0, fn: 0, precision: 1, recall: 1,
      falsePositives: [], falseNegatives: [], correctMessages: 0,
    });
  }

  for (const story of stories) {
    const md = story.markdown;
    let messages: LintMessageLike[];
    try {
      messages = lint(md);
    } catch (err) {
      throw new Error(`lintStory threw on ${story.file}: ${(err as Error).stack ?? err}`);
    }
    for (const ruleId of EVALUATED_RULES) {
      const s = acc.get(ruleId)!;
      const exp = story.expected.filter((e) => e.ruleId === ruleId);
      const got = messages.filter((m) => m.ruleId === ruleId);
      s.expected += exp.length;
      s.messages += got.length;

      if (OCCURRENCE.has(ruleId)) {
        for (const e of exp) {
          if (got.some((m) => occurrenceMatches(ruleId, md, m, e))) s.tp++;
          else {
            s.fn++;
            s.falseNegatives.push({ file: story.file, line: lineOf(md, e.offset!), text: JSON.stringify(e.text) });
          }
        }
        for (const m of got) {
          if (exp.some((e) => occurrenceMatches(ruleId, md, m, e))) s.correctMessages++;
          else {
            s.fp++;
            s.falsePositives.push({
              file: story.file,
              line: hasRange(m) ? lineOf(md, m.offset) : null,
              text: describeMessage(md, m),
            });
          }
        }
      } else {
        // Story-level: key is the section for star-missing-section, the file otherwise.
        const key = (x: { section?: string | null }) =>
          ruleId === "star-missing-section" ? String(x.section ?? "").toLowerCase() : "";
        const unmatched = got.slice();
        for (const e of exp) {
          const i = unmatched.findIndex((m) => key(m) === key(e));
          if (i >= 0) {
            unmatched.splice(i, 1);
            s.tp++;
            s.correctMessages++;
          } else {
            s.fn++;
            s.falseNegatives.push({ file: story.file, line: null, text: e.section ? `section=${e.section}` : "(story)" });
          }
        }
        for (const m of unmatched) {
          s.fp++;
          s.falsePositives.push({
            file: story.file,
            line: hasRange(m) ? lineOf(md, m.offset) : null,
            text: describeMessage(md, m),
          });
        }
      }
    }
  }

  return [...acc.values()].map(({ correctMessages, ...s }) => ({
    ...s,
    precision: s.messages === 0 ? 1 : correctMessages / s.messages,
    recall: s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn),
  }));
}

/**
 * Every evaluated rule id is gated: the four rules of the brief, with the structure rule counted as its two
 * ids (star-missing-section and star-no-structure), each held to the thresholds on its own.
 */
export const GATED_RULES: readonly EvaluatedRule[] = EVALUATED_RULES;

export function failures(scores: RuleScore[], t: Thresholds = THRESHOLDS): string[] {
  const out: string[] = [];
  for (const s of scores) {
    if (!GATED_RULES.includes(s.ruleId)) continue;
    if (s.precision < t.precision) out.push(`${s.ruleId}: precision ${s.precision.toFixed(3)} < ${t.precision}`);
    if (s.recall < t.recall) out.push(`${s.ruleId}: recall ${s.recall.toFixed(3)} < ${t.recall}`);
  }
  return out;
}

export function formatReport(scores: RuleScore[], verbose = false): string {
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    `${"rule".padEnd(22)}${pad("exp", 5)}${pad("msgs", 6)}${pad("TP", 5)}${pad("FP", 5)}${pad("FN", 5)}${pad("prec", 7)}${pad("recall", 8)}`,
  ];
  for (const s of scores) {
    lines.push(
      `${s.ruleId.padEnd(22)}${pad(s.expected, 5)}${pad(s.messages, 6)}${pad(s.tp, 5)}${pad(s.fp, 5)}${pad(s.fn, 5)}` +
        `${pad(s.precision.toFixed(3), 7)}${pad(s.recall.toFixed(3), 8)}`,
    );
  }
  if (verbose) {
    for (const s of scores) {
      for (const [kind, list] of [["FP", s.falsePositives], ["FN", s.falseNegatives]] as const) {
        for (const m of list) lines.push(`${kind} ${s.ruleId} ${m.file}:${m.line ?? "-"} ${m.text}`);
      }
    }
  }
  return lines.join("\n");
}
