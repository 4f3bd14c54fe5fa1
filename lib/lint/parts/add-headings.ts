import type { StoryDocument, TextRange } from "../document";
import type { FoundSection, StorySections } from "../sections";

/** The headings the fix writes, as the section finder reads them back. */
export const PART_HEADINGS = {
  situation: "## Situation",
  task: "## Task",
  action: "## Action",
  result: "## Result",
  lesson: "## What I learned",
} as const;

type HeadedPart = keyof typeof PART_HEADINGS;

export interface HeadingFix extends TextRange {
  /** `markdown.slice(offset, endOffset)` with a heading before each part found. */
  replacement: string;
}

// What may stand before a part on its line for the heading to go above the line: indentation, a list
// marker, the opening mark of an answer quoted as a whole, emphasis opening a bold title line.
const LINE_PREFIX = /^[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?["“„«]?[ \t]*(?:\*\*|__|\*|_)?[ \t]*$/;

/**
 * The fix for a story whose parts were inferred: the text from its first part to its last, with a
 * `## Situation` … `## Result` heading (and `## What I learned` before a lesson) where each part starts,
 * so the story becomes labelled with exactly the split the finder made. A part that had a label of its
 * own loses it (the heading replaces it), unless it is a heading already. Null when a heading cannot
 * go where a part starts without breaking the markup: inside raw HTML, or in a block quote.
 */
export function headingFix(doc: StoryDocument, sections: StorySections): HeadingFix | null {
  const { markdown } = doc;
  const parts: Array<{ name: HeadedPart; section: FoundSection }> = [];
  for (const name of ["situation", "task", "action", "result", "lesson"] as const) {
    const section = sections[name];
    if (section && section.words > 0 && !parts.some((part) => part.section.content.offset === section.content.offset)) parts.push({ name, section });
  }
  if (parts.length === 0) return null;
  parts.sort((a, b) => a.section.content.offset - b.section.content.offset);

  interface Edit {
    at: number;
    /** Text removed from `at` (a label the heading replaces). */
    removeTo: number;
    heading: string;
    /** Starts a line (only list markers or spaces before it): the heading goes before the line. */
    lineStart: number | null;
  }
  const edits: Edit[] = [];
  for (const { name, section } of parts) {
    const labelled = !section.inferred;
    if (labelled && isHeading(markdown, section.label.offset)) continue;
    const at = labelled ? section.label.offset : section.content.offset;
    let removeTo = at;
    if (labelled) {
      removeTo = section.label.endOffset;
      while (removeTo < markdown.length && (markdown[removeTo] === " " || markdown[removeTo] === "\t")) removeTo++;
      if (markdown[removeTo] === "\n" && markdown.slice(markdown.lastIndexOf("\n", at - 1) + 1, at).trim() === "") removeTo++;
    }
    if (insideHtmlOrQuote(doc, at)) return null;
    const lineStart = markdown.lastIndexOf("\n", at - 1) + 1;
    const prefix = markdown.slice(lineStart, at);
    edits.push({ at, removeTo, heading: PART_HEADINGS[name], lineStart: LINE_PREFIX.test(prefix) ? lineStart : null });
  }
  if (edits.length === 0) return null;

  const first = edits[0];
  const offset = Math.min(first.lineStart ?? first.at, parts[0].section.content.offset);
  const last = parts[parts.length - 1].section;
  const endOffset = Math.max(last.content.endOffset, ...parts.map((part) => part.section.content.endOffset));
  let out = "";
  let cursor = offset;
  for (const edit of edits) {
    if (edit.lineStart !== null) {
      out += markdown.slice(cursor, edit.lineStart);
      // A heading needs a blank line before it (unless it opens the fix) and after it.
      if (out.length > 0 && !out.endsWith("\n\n")) out = out.replace(/[ \t]*\n?$/, "\n\n");
      out += `${edit.heading}\n\n`;
      out += markdown.slice(edit.lineStart, edit.at);
    } else {
      // In the middle of a paragraph: end it after the previous sentence.
      out += markdown.slice(cursor, edit.at).replace(/[ \t]+$/, "");
      out += `${out.length > 0 ? "\n\n" : ""}${edit.heading}\n\n`;
    }
    cursor = edit.removeTo;
  }
  out += markdown.slice(cursor, endOffset);
  return { offset, endOffset, replacement: out };
}

function isHeading(markdown: string, offset: number): boolean {
  return /^[ \t]{0,3}#{1,6}(?:[ \t]|$)/.test(markdown.slice(offset, offset + 10));
}

function insideHtmlOrQuote(doc: StoryDocument, offset: number): boolean {
  for (const node of doc.nodes) {
    if (node.start > offset) break;
    if (node.end <= offset) continue;
    if (node.type === "html" || node.type === "blockquote" || node.inBlockquote) return true;
  }
  return false;
}
