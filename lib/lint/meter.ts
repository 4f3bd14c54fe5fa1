import { findSections } from "./index";
import { SECTION_NAMES, type SectionName } from "./types";

/**
 * The editor's length meter: how the story's words split across the four STAR sections, against the
 * split coaches recommend (most of the time on what you did), and how long it takes to say aloud.
 */
export const RECOMMENDED_SHARES: Record<SectionName, number> = { situation: 0.2, task: 0.1, action: 0.6, result: 0.1 };
export const DEFAULT_SPEAKING_RATE = 150;

export interface SectionShare {
  words: number;
  /** This section's words over all four sections' words (0 when there are none). */
  share: number;
  /** The recommended share. */
  target: number;
}

export interface LintMeter {
  /** Words a candidate would say: the four sections' text, or the whole body when none was found. */
  words: number;
  speakingRate: number;
  spokenSeconds: number;
  sections: Record<SectionName, SectionShare>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Strips what is not spoken: front matter and HTML comments (template prompts, suppressions). */
function spokenText(markdown: string): string {
  return markdown.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, "").replace(/<!--[\s\S]*?-->/g, " ");
}

export function measureStory(markdown: string, speakingRate = DEFAULT_SPEAKING_RATE): LintMeter {
  const found = findSections(markdown);
  // A combined label ("Situation & Task") gives two parts one range: split its words between them
  // instead of counting them twice.
  const sharing = new Map<number, number>();
  for (const name of SECTION_NAMES) {
    const part = found[name];
    if (part) sharing.set(part.content.offset, (sharing.get(part.content.offset) ?? 0) + 1);
  }
  const sectionWords = Object.fromEntries(
    SECTION_NAMES.map((name) => {
      const part = found[name];
      return [name, part ? part.words / (sharing.get(part.content.offset) ?? 1) : 0];
    }),
  ) as Record<SectionName, number>;
  const inSections = SECTION_NAMES.reduce((sum, name) => sum + sectionWords[name], 0);
  const words = inSections > 0 ? Math.round(inSections) : countWords(spokenText(markdown));
  const sections = Object.fromEntries(
    SECTION_NAMES.map((name) => [
      name,
      { words: Math.round(sectionWords[name]), share: inSections > 0 ? sectionWords[name] / inSections : 0, target: RECOMMENDED_SHARES[name] },
    ]),
  ) as Record<SectionName, SectionShare>;
  return { words, speakingRate, spokenSeconds: Math.round((words / speakingRate) * 60), sections };
}
