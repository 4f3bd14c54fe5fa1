import { findSections, type StorySections } from "./index";
import { DEFAULT_SPEAKING_RATE, spokenSeconds } from "./speaking-rate";
import { RECOMMENDED_SHARES } from "./recommended-shares";
import { sectionShares, type SectionShare } from "./shares";
import { SECTION_NAMES, type SectionName } from "./types";
import { withoutFrontMatter } from "./front-matter";

export { DEFAULT_SPEAKING_RATE, RECOMMENDED_SHARES };
export type { SectionShare };

export interface MeterSection extends SectionShare {
  /** True when the part was found from the text rather than from a label (see star-unlabelled). */
  inferred: boolean;
}

export interface LintMeter {
  /** Words a candidate would say: the four sections' text, or the whole body when none was found. */
  words: number;
  speakingRate: number;
  spokenSeconds: number;
  /** True when the story's parts were found from its text because it has no (or one) label. */
  inferred: boolean;
  sections: Record<SectionName, MeterSection>;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Strips what is not spoken: front matter and HTML comments (template prompts, suppressions). */
function spokenText(markdown: string): string {
  return withoutFrontMatter(markdown).replace(/<!--[\s\S]*?-->/g, " ");
}

/**
 * The editor's length meter: how the story's words split across the four STAR sections, against the
 * split coaches recommend (most of the time on what you did), and how long it takes to say aloud.
 */
export function measureStory(markdown: string, speakingRate = DEFAULT_SPEAKING_RATE): LintMeter {
  return meterOf(findSections(markdown), markdown, speakingRate);
}

/** The meter from sections already found (lintStoryWithSuppressions returns them), without a parse. */
export function meterOf(found: StorySections, markdown: string, speakingRate = DEFAULT_SPEAKING_RATE): LintMeter {
  const { total, sections: shares } = sectionShares(found);
  const words = total > 0 ? total : countWords(spokenText(markdown));
  const sections = {} as Record<SectionName, MeterSection>;
  for (const name of SECTION_NAMES) sections[name] = { ...shares[name], inferred: found[name]?.inferred === true };
  return { words, speakingRate, spokenSeconds: spokenSeconds(words, speakingRate), inferred: found.structure === "inferred", sections };
}
