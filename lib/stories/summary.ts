import { lintStory } from "@/lib/lint";
import type { LintConfig, Severity } from "@/lib/lint/types";
import type { StoryDto } from "./types";

export type SeverityCounts = Record<Severity, number>;

/** What the story list shows of one story: no body, but how many lint messages of each severity it has. */
export interface StorySummary {
  id: string;
  title: string;
  principles: StoryDto["principles"];
  version: number;
  updatedAt: string;
  counts: SeverityCounts;
}

/** Lint messages per severity, under `config` (the app's settings; the defaults when absent). */
export function countMessages(story: Pick<StoryDto, "body" | "principles">, config?: LintConfig): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const message of lintStory(story.body, { principles: story.principles, config })) counts[message.severity] += 1;
  return counts;
}

export function summarizeStory(story: StoryDto, config?: LintConfig): StorySummary {
  const { id, title, principles, version, updatedAt } = story;
  return { id, title, principles, version, updatedAt, counts: countMessages(story, config) };
}
