import type { StorySections } from "./sections";
import { RECOMMENDED_SHARES } from "./recommended-shares";
import { SECTION_NAMES, type SectionName } from "./types";

/** One STAR part's words and share of the story, against the share coaches recommend. */
export interface SectionShare {
  words: number;
  /** This section's words over all four sections' words (0 when there are none). */
  share: number;
  /** The recommended share. */
  target: number;
}

export interface SectionShares {
  /** Words in the four sections together (a combined "Situation & Task" part counted once). */
  total: number;
  sections: Record<SectionName, SectionShare>;
  /** Unrounded words per part (a combined part's words split evenly): sum these, then round. */
  exact: Record<SectionName, number>;
}

/**
 * How the story's words split across the four parts. A combined label ("Situation & Task") gives two
 * parts one range: its words are split evenly between them instead of counted twice. One function for
 * the editor's meter and the structure rules, so the meter and the messages never disagree.
 */
export function sectionShares(found: StorySections): SectionShares {
  const sharing = new Map<number, number>();
  for (const name of SECTION_NAMES) {
    const part = found[name];
    if (part) sharing.set(part.content.offset, (sharing.get(part.content.offset) ?? 0) + 1);
  }
  const words = {} as Record<SectionName, number>;
  for (const name of SECTION_NAMES) {
    const part = found[name];
    words[name] = part ? part.words / (sharing.get(part.content.offset) ?? 1) : 0;
  }
  const total = SECTION_NAMES.reduce((sum, name) => sum + words[name], 0);
  const sections = {} as Record<SectionName, SectionShare>;
  for (const name of SECTION_NAMES) {
    sections[name] = { words: Math.round(words[name]), share: total > 0 ? words[name] / total : 0, target: RECOMMENDED_SHARES[name] };
  }
  return { total: Math.round(total), sections, exact: words };
}

/**
 * Below this many words a story is a draft or an outline, and how its words split says nothing yet:
 * the balance rules (setup-longer-than-action, action-too-short) wait until it is reached.
 */
export const MIN_WORDS_FOR_BALANCE = 80;

/** Of `names`, the part furthest over its recommended share (the first one on a tie). */
export function mostOverTarget(shares: SectionShares, names: readonly SectionName[]): SectionName {
  const over = (name: SectionName) => shares.sections[name].share - shares.sections[name].target;
  return names.reduce((a, b) => (over(b) > over(a) ? b : a));
}

/** A share as a whole percentage for messages: 0.347 → "35%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
