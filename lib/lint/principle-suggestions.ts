import { getPrinciple, PRINCIPLE_IDS, type PrincipleId } from "../principles";
import { principlesFromFrontMatter } from "./context";
import { parseStory } from "./document";
import { lintStory } from "./index";
import { PRINCIPLE_SIGNALS, WEAK_WEIGHT, type PrincipleSignal } from "./patterns/principle-signals";
import { phrasePattern, principleRuleId } from "./principle-pack";
import { STORY_RULE_MODULES } from "./registry";
import { locateSections } from "./sections";
import type { LintConfig } from "./types";

/**
 * Principle suggestions: the principle packs read the other way round. A pack asks of a tagged story
 * "is the evidence this principle needs there?"; here every untagged principle is asked the same of
 * the text, and the ones whose evidence is already there are offered, with the words that prove them.
 *
 * Two tests, both needed, because a wrong suggestion costs more trust than a missed one:
 * - strong signals (lib/lint/patterns/principle-signals.ts) that an interviewer would hear as that
 *   principle and seldom as another; they give the evidence, the "because" and the confidence;
 * - the principle's own pack (lib/lint/rules/lp-*.ts) finds all of its evidence, so tagging the story
 *   as suggested never makes the linter ask for what it just claimed was there.
 * Tuned for precision on our corpora with `node --import tsx scripts/eval-suggestions.ts`
 * (docs/principle-suggestions.md).
 */

export interface PrincipleSuggestion {
  principleId: PrincipleId;
  /** the words in the story that prove it, with UTF-16 offsets into the markdown */
  evidence: Array<{ text: string; offset: number; endOffset: number }>;
  /** one short phrase for people: "a $40k saving under a hard budget" */
  because: string;
  /** 0..1 */
  confidence: number;
}

export interface SuggestPrinciplesOptions {
  /** Principles the story already has; never suggested. Defaults to the front matter's `principles`. */
  tagged?: readonly PrincipleId[];
  /** Most suggestions returned (default 3). */
  limit?: number;
}

/** Suggestions below this confidence are not made (see docs/principle-suggestions.md for the tuning). */
export const SUGGESTION_THRESHOLD = 0.8;

const DEFAULT_LIMIT = 3;
const MAX_EVIDENCE = 4;

interface CompiledSignal {
  signal: PrincipleSignal;
  pattern: RegExp;
}

const COMPILED: ReadonlyMap<PrincipleId, readonly CompiledSignal[]> = new Map(
  PRINCIPLE_IDS.map((id) => [
    id,
    // Strongest first, so where a strong and a weak signal match the same words the strong one counts.
    [...PRINCIPLE_SIGNALS[id]]
      .sort((a, b) => b.weight - a.weight)
      .map((signal) => ({ signal, pattern: new RegExp(phrasePattern(signal.phrases).source, "giu") })),
  ]),
);

/** Only the principle packs run when checking a candidate's evidence. */
const PACKS_ONLY: LintConfig = {
  rules: Object.fromEntries(
    STORY_RULE_MODULES.filter((rule) => !rule.meta.id.startsWith("lp-")).map((rule) => [rule.meta.id, "off" as const]),
  ),
};

/** Confidence from the weights of the distinct signals found: each one halves the remaining doubt at weight 1. */
export function confidenceOf(weights: readonly number[]): number {
  const score = weights.reduce((sum, weight) => sum + weight, 0);
  return Math.round((1 - 0.5 ** score) * 1000) / 1000;
}

interface Hit {
  signal: PrincipleSignal;
  text: string;
  offset: number;
  endOffset: number;
}

/** Every match of the principle's signals in the prose, overlapping matches of later signals dropped. */
function hitsIn(mask: string, markdown: string, signals: readonly CompiledSignal[]): Hit[] {
  const hits: Hit[] = [];
  for (const { signal, pattern } of signals) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(mask); match; match = pattern.exec(mask)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const offset = match.index;
      const endOffset = offset + match[0].length;
      if (hits.some((hit) => hit.offset < endOffset && offset < hit.endOffset)) continue;
      // The mask blanks markup to spaces; the evidence is the story's own words, white space collapsed.
      hits.push({ signal, text: markdown.slice(offset, endOffset).replace(/\s+/g, " ").trim(), offset, endOffset });
    }
  }
  return hits.sort((a, b) => a.offset - b.offset);
}

/** The "because": the phrase of the strongest one or two distinct signals, e.g. "a $40k saving and no budget". */
function becauseOf(hits: readonly Hit[]): string {
  const bySignal = new Map<string, Hit>();
  for (const hit of hits) if (!bySignal.has(hit.signal.id)) bySignal.set(hit.signal.id, hit);
  const ranked = [...bySignal.values()].sort((a, b) => b.signal.weight - a.signal.weight || a.offset - b.offset);
  // A weak signal's words ("customers", "on-call") explain nothing beside a strong one's.
  const telling = ranked.filter((hit) => hit.signal.weight > WEAK_WEIGHT);
  return (telling.length > 0 ? telling : ranked)
    .slice(0, 2)
    .map((hit) => (hit.signal.phrase ? hit.signal.phrase(hit.text) : hit.text))
    .map((phrase) => (/^[A-Z][a-z]/.test(phrase) && !/^I\b/.test(phrase) ? phrase[0].toLowerCase() + phrase.slice(1) : phrase))
    .join(" and ");
}

/**
 * The principles a story's text already proves but is not tagged with, best first: each with the
 * words that prove it (offsets into `markdown`), a short "because" and a confidence above
 * SUGGESTION_THRESHOLD. Pure and deterministic; never throws on any string.
 */
export function suggestPrinciples(
  markdown: string,
  options: { tagged?: readonly PrincipleId[]; limit?: number } = {},
): PrincipleSuggestion[] {
  const text = typeof markdown === "string" ? markdown : "";
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (limit <= 0 || text.trim() === "") return [];
  const doc = parseStory(text);
  // A text with no STAR parts at all is not a story yet; the packs would not read it either.
  if (locateSections(doc).structure === "none") return [];
  const tagged = new Set(options.tagged ?? principlesFromFrontMatter(doc.frontMatter));

  const candidates: PrincipleSuggestion[] = [];
  for (const id of PRINCIPLE_IDS) {
    if (tagged.has(id)) continue;
    const hits = hitsIn(doc.mask, text, COMPILED.get(id) ?? []);
    if (hits.length === 0) continue;
    const weights = new Map<string, number>();
    for (const hit of hits) weights.set(hit.signal.id, hit.signal.weight);
    const confidence = confidenceOf([...weights.values()]);
    if (confidence < SUGGESTION_THRESHOLD) continue;
    candidates.push({
      principleId: id,
      evidence: hits.slice(0, MAX_EVIDENCE).map(({ text: words, offset, endOffset }) => ({ text: words, offset, endOffset })),
      because: becauseOf(hits),
      confidence,
    });
  }
  if (candidates.length === 0) return [];

  // The packs' own test, all candidates in one lint: a candidate whose pack still asks for evidence
  // (any lp-<id> message) is not proved by this text.
  const asked = new Set(
    lintStory(text, { principles: candidates.map((candidate) => candidate.principleId), config: PACKS_ONLY }).map(
      (message) => message.ruleId,
    ),
  );
  return candidates
    .filter((candidate) => !asked.has(principleRuleId(candidate.principleId)))
    .sort((a, b) => b.confidence - a.confidence || PRINCIPLE_IDS.indexOf(a.principleId) - PRINCIPLE_IDS.indexOf(b.principleId))
    .slice(0, limit);
}

type CoverStory = { id: string; title: string; principles: PrincipleId[]; body: string };
type CoverCandidate = { storyId: string; title: string; because: string };

/**
 * For the coverage page: by principle, the stories not tagged with it whose text already proves it,
 * best first, each with the reason in a few words ("a $40k saving and no budget"). Each story's
 * suggestions are worked out once, whichever principles are asked about afterwards.
 */
export function storiesThatCouldCoverEach(stories: readonly CoverStory[]): ReadonlyMap<PrincipleId, CoverCandidate[]> {
  const found = new Map<PrincipleId, Array<CoverCandidate & { confidence: number; order: number }>>();
  stories.forEach((story, order) => {
    for (const suggestion of suggestPrinciples(story.body, { tagged: story.principles, limit: PRINCIPLE_IDS.length })) {
      const list = found.get(suggestion.principleId) ?? [];
      list.push({ storyId: story.id, title: story.title, because: suggestion.because, confidence: suggestion.confidence, order });
      found.set(suggestion.principleId, list);
    }
  });
  return new Map(
    [...found].map(([principleId, list]) => [
      principleId,
      list.sort((a, b) => b.confidence - a.confidence || a.order - b.order).map(({ storyId, title, because }) => ({ storyId, title, because })),
    ]),
  );
}

/** storiesThatCouldCoverEach for one principle. */
export function storiesThatCouldCover(stories: readonly CoverStory[], principleId: PrincipleId): CoverCandidate[] {
  return storiesThatCouldCoverEach(stories).get(principleId) ?? [];
}

/** "Frugality — a $40k saving and no budget", as the editor's button reads. */
export function suggestionLabel(suggestion: PrincipleSuggestion): string {
  return `${getPrinciple(suggestion.principleId).name} — ${suggestion.because}`;
}
