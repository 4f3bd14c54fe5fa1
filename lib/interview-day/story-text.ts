import { findSections } from "@/lib/lint";
import { withoutFrontMatter } from "@/lib/lint/front-matter";
import type { SectionName } from "@/lib/lint/types";

/**
 * Plain text out of a story's markdown, for one-line summaries: no front matter, comments, list
 * markers, heading marks, emphasis, code ticks or link targets. Never HTML: pages render it as text.
 */
export function plainText(markdown: string): string {
  return withoutFrontMatter(markdown)
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>\n]+>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+)?/gm, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}])([*_])(?!\s)(.+?)(?<!\s)\1(?![\p{L}\p{N}])/gu, "$2")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** The plain text of one STAR section of the story, or "" when the story has no such section. */
export function sectionText(markdown: string, section: SectionName): string {
  const found = findSections(markdown)[section];
  return found ? plainText(markdown.slice(found.content.offset, found.content.endOffset)) : "";
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|incl|esp|Mr|Mrs|Ms|Dr|St|No|Inc|Ltd|Co)\.$/i;

/** The first sentence of plain text (the whole text when it has no sentence end). */
export function firstSentence(text: string): string {
  const end = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
  for (let hit = end.exec(text); hit; hit = end.exec(text)) {
    const upTo = text.slice(0, hit.index + hit[0].length);
    if (!ABBREVIATION.test(upTo)) return upTo.trim();
  }
  return text.trim();
}

const DANGLING =
  /\s(?:a|an|the|and|or|but|so|of|to|in|on|at|by|for|from|with|while|which|that|who|as|than|then|when|after|before|because|into|our|my|their|its|we|i)$/i;

/** Text cut to at most `max` characters at a word boundary, with an ellipsis when anything was cut. */
export function trimAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  let head = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "");
  // A line that stops on "while" or "the" reads as broken; end on the last content word instead.
  for (let hit = DANGLING.exec(head); hit && hit.index > max / 2; hit = DANGLING.exec(head)) {
    head = head.slice(0, hit.index).replace(/[\s,;:.–—-]+$/, "");
  }
  return `${head}…`;
}
