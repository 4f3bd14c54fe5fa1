import { measureStory } from "@/lib/lint/meter";
import { PRINCIPLES, type PrincipleId } from "@/lib/principles";
import { extractFigures } from "./figures";
import { storyHook, type StoryHook } from "./hook";
import { sectionText } from "./story-text";

export interface SheetStoryInput {
  id: string;
  title: string;
  body: string;
  principles: readonly PrincipleId[];
}

/** One story as the interview-day sheet shows it. */
export interface SheetStory {
  id: string;
  title: string;
  hook: StoryHook;
  /** The Result's figures, in order ("from 800 ms to 60 ms", "40%"). */
  figures: string[];
  spokenSeconds: number;
  words: number;
}

export interface SheetPrinciple {
  id: PrincipleId;
  name: string;
  stories: SheetStory[];
}

export interface InterviewSheet {
  /** Principles with at least one story, in the fixed order of PRINCIPLES. */
  covered: SheetPrinciple[];
  /** Principles no story is tagged with yet, in the same order. */
  uncovered: Array<{ id: PrincipleId; name: string }>;
  storyCount: number;
}

/** Reads one story once: hook, Result figures and spoken length at `speakingRate` words a minute. */
export function summariseStory(story: SheetStoryInput, speakingRate?: number): SheetStory {
  const meter = measureStory(story.body, speakingRate);
  return {
    id: story.id,
    title: story.title,
    hook: storyHook(story),
    figures: extractFigures(sectionText(story.body, "result")),
    spokenSeconds: meter.spokenSeconds,
    words: meter.words,
  };
}

/**
 * The one-page sheet a candidate glances at before each round: per Leadership Principle, in the fixed
 * order, the stories tagged with it (in the order given), then the principles still without a story.
 * Pure: the page passes the live bank in, and the speaking rate from the settings (default 150).
 */
export function buildInterviewSheet(stories: readonly SheetStoryInput[], options: { speakingRate?: number } = {}): InterviewSheet {
  const summaries = new Map(stories.map((story) => [story.id, summariseStory(story, options.speakingRate)]));
  const covered: SheetPrinciple[] = [];
  const uncovered: InterviewSheet["uncovered"] = [];
  for (const principle of PRINCIPLES) {
    const tagged = stories.filter((story) => story.principles.includes(principle.id));
    if (tagged.length === 0) uncovered.push({ id: principle.id, name: principle.name });
    else covered.push({ id: principle.id, name: principle.name, stories: tagged.map((story) => summaries.get(story.id)!) });
  }
  return { covered, uncovered, storyCount: stories.length };
}
