import { lintStory } from "@/lib/lint";
import { lintBank, MOST_ASKED_PRINCIPLES } from "@/lib/lint/bank";
import { STORY_TYPE_INFO, STORY_TYPES, storyTypesOf, type StoryType } from "@/lib/lint/bank/story-types";
import { resolveConfig } from "@/lib/lint/config";
import { storiesThatCouldCoverEach } from "@/lib/lint/principle-suggestions";
import type { BankMessage, BankReport, CoverageStatus, LintConfig, PrincipleCoverage } from "@/lib/lint/types";
import { getPrinciple, type PrincipleId } from "@/lib/principles";

/** A story as the coverage page reads it. */
export interface PlanStory {
  id: string;
  title: string;
  body: string;
  principles: PrincipleId[];
  version: number;
}

/** A story whose text already shows a principle it is not tagged with. */
export interface CoverCandidate {
  storyId: string;
  title: string;
  version: number;
  /** The words that show it, for people: "a $40k saving under a hard budget". */
  because: string;
  /** Tags the story has now; a candidate at the bank's limit would be overstretched by one more. */
  tagCount: number;
}

/** A principle that is missing or thin, and the stories that could close it with one tag. */
export interface CoverageGap {
  principleId: PrincipleId;
  name: string;
  status: Exclude<CoverageStatus, "covered">;
  count: number;
  target: number;
  candidates: CoverCandidate[];
}

export type NextAction =
  | { kind: "tag"; principleId: PrincipleId; candidate: CoverCandidate }
  | { kind: "write"; principleId: PrincipleId }
  | { kind: "figure"; storyId: string; title: string }
  | { kind: "story-type"; type: StoryType };

export interface CoveragePlan {
  report: BankReport;
  /** Each principle's status once, by status. */
  summary: Record<CoverageStatus, PrincipleCoverage[]>;
  /** Missing principles first, then thin ones, each in the fixed principle order. */
  gaps: CoverageGap[];
  /** The bank messages that are not about one principle's count (those are in `summary`). */
  checks: BankMessage[];
  /** At most three, best first. */
  next: NextAction[];
  /** The story types no story is, in the fixed order. */
  missingTypes: StoryType[];
}

/** Principle coverage messages: said once in the summary instead of one message a principle. */
const COVERAGE_RULES = new Set(["principle-uncovered", "principle-thin"]);
const NEXT_COUNT = 3;

/**
 * Why actions rank as they do: a tag closes a gap in one click with a story already written, so it
 * beats writing; a missing principle (a question answered by improvising) beats a thin one (a story
 * told twice); a Result with no figure is the follow-up every interviewer asks; the story types are
 * asked in nearly every loop but read from words, so they come after what the tags prove. Most-asked
 * principles go first within a kind.
 */
const SCORES = { tagMissing: 100, writeMissing: 90, tagThin: 80, figure: 70, storyType: 60, writeThin: 50 } as const;
const MOST_ASKED_BONUS = 5;

/**
 * What the coverage page shows: the bank report, the gaps with the stories that could close them,
 * and the next three things to do. Pure: the same stories and config always give the same plan.
 */
export function coveragePlan(stories: readonly PlanStory[], config?: LintConfig): CoveragePlan {
  const resolved = resolveConfig(config);
  const report = lintBank(
    stories.map(({ id, title, principles, body }) => ({ id, title, principles, body })),
    config,
  );
  const byId = new Map(stories.map((story) => [story.id, story]));
  const summary: Record<CoverageStatus, PrincipleCoverage[]> = { covered: [], thin: [], missing: [] };
  for (const row of report.principles) summary[row.status].push(row);

  const couldCover = storiesThatCouldCoverEach(stories.map(({ id, title, principles, body }) => ({ id, title, principles: [...principles], body })));
  const gapRows = [...summary.missing, ...summary.thin];
  const gaps: CoverageGap[] = gapRows.map((row) => ({
    principleId: row.id,
    name: row.name,
    status: row.status as CoverageGap["status"],
    count: row.storyIds.length,
    target: row.target,
    candidates: (couldCover.get(row.id) ?? []).flatMap((found) => {
      const story = byId.get(found.storyId);
      if (!story || story.principles.includes(row.id)) return [];
      return [{ storyId: story.id, title: found.title, version: story.version, because: found.because, tagCount: story.principles.length }];
    }),
  }));

  const missingTypes = report.messages.some((message) => message.ruleId === "story-type-missing")
    ? STORY_TYPES.filter((type) => !stories.some((story) => storyTypesOf(story).has(type)))
    : [];

  const scored: Array<{ action: NextAction; score: number; order: number }> = [];
  const push = (action: NextAction, score: number) => scored.push({ action, score, order: scored.length });
  for (const gap of gaps) {
    const bonus = MOST_ASKED_PRINCIPLES.includes(gap.principleId) ? MOST_ASKED_BONUS : 0;
    // One more tag on a story at the limit would make it overstretched: that is no gap closed.
    const candidate = gap.candidates.find((found) => found.tagCount < resolved.maxPrinciplesPerStory);
    if (candidate) push({ kind: "tag", principleId: gap.principleId, candidate }, (gap.status === "missing" ? SCORES.tagMissing : SCORES.tagThin) + bonus);
    else push({ kind: "write", principleId: gap.principleId }, (gap.status === "missing" ? SCORES.writeMissing : SCORES.writeThin) + bonus);
  }
  if (resolved.rules["result-missing-metric"] !== "off") {
    for (const story of stories) {
      const messages = lintStory(story.body, { principles: story.principles, config });
      if (messages.some((message) => message.ruleId === "result-missing-metric")) {
        push({ kind: "figure", storyId: story.id, title: story.title }, SCORES.figure);
      }
    }
  }
  for (const type of missingTypes) push({ kind: "story-type", type }, SCORES.storyType);

  // Best first; then one action per story, so three actions are three different things to do.
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const next: NextAction[] = [];
  const storiesUsed = new Set<string>();
  for (const { action } of scored) {
    const storyId = action.kind === "tag" ? action.candidate.storyId : action.kind === "figure" ? action.storyId : null;
    if (storyId !== null && storiesUsed.has(storyId)) continue;
    if (storyId !== null) storiesUsed.add(storyId);
    next.push(action);
    if (next.length === NEXT_COUNT) break;
  }

  return {
    report,
    summary,
    gaps,
    checks: report.messages.filter((message) => !COVERAGE_RULES.has(message.ruleId)),
    next,
    missingTypes,
  };
}

/** An action as one line of plain words, as the page and its tests read it. */
export function describeAction(action: NextAction): string {
  switch (action.kind) {
    case "tag":
      return `Tag “${quoteTitle(action.candidate.title)}” with ${getPrinciple(action.principleId).name}`;
    case "write":
      return `Write a ${getPrinciple(action.principleId).name} story`;
    case "figure":
      return `Add a figure to “${quoteTitle(action.title)}”`;
    case "story-type":
      return `Write a story about ${STORY_TYPE_INFO[action.type].name}`;
  }
}

function quoteTitle(title: string): string {
  return title.trim() || "Untitled story";
}
