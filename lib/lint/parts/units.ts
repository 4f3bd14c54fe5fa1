import type { FlatNode, StoryDocument, TextRange } from "../document";
import { countWords, sentencesIn } from "../text";

/** How a unit is separated from the one before it. */
export type UnitBoundary = "start" | "sentence" | "item" | "block";

/**
 * The smallest piece of a story the part finder gives one part: a sentence of a paragraph, or a whole
 * list item (people who write in bullets put one step, or one part, in each).
 */
export interface StoryUnit extends TextRange {
  /** The prose of the unit, read from the mask (markup blanked). */
  text: string;
  words: number;
  list: boolean;
  /** What separates it from the previous unit: a sentence end in the same paragraph, the next item of
   * the same list, or a new paragraph, list or heading. */
  boundary: UnitBoundary;
  /** Index of the paragraph or list the unit is in, counting from 0 within the range read. */
  block: number;
}

/** The innermost list item around a block, if any (markdown list items, or `<li>` read from HTML). */
function listItemOf(block: FlatNode, items: readonly FlatNode[]): FlatNode | null {
  if (block.htmlTag === "li") return block;
  let found: FlatNode | null = null;
  for (const item of items) {
    if (item.start > block.start) break;
    if (item.end >= block.end && (!found || item.start >= found.start)) found = item;
  }
  return found;
}

/** The list around a list item: items of one list are separated by "item" boundaries. */
function listOf(item: FlatNode, lists: readonly FlatNode[]): FlatNode | null {
  let found: FlatNode | null = null;
  for (const list of lists) {
    if (list.start > item.start) break;
    if (list.end >= item.end && (!found || list.start >= found.start)) found = list;
  }
  return found;
}

/**
 * The units of the prose in `range`, in document order. Headings are not units (a title or a
 * sub-heading says what follows, it is not a step) but separate blocks; code is never read.
 */
export function storyUnits(doc: StoryDocument, range: TextRange, skip: readonly TextRange[] = []): StoryUnit[] {
  const items = doc.nodes.filter((node) => node.type === "listItem");
  const lists = doc.nodes.filter((node) => node.type === "list");
  const units: StoryUnit[] = [];
  let block = -1;
  let previousItem: FlatNode | null = null;
  let previousList: FlatNode | null = null;
  let previousHtmlItem = false;
  let pendingHeading = false;
  for (const textBlock of doc.textBlocks) {
    if (textBlock.end <= range.offset || textBlock.start >= range.endOffset) continue;
    if (textBlock.type === "heading") {
      pendingHeading = true;
      continue;
    }
    const from = Math.max(textBlock.start, range.offset);
    const to = Math.min(textBlock.end, range.endOffset);
    const pieces = skip.length === 0 ? [{ offset: from, endOffset: to }] : subtract({ offset: from, endOffset: to }, skip);
    const item = listItemOf(textBlock, items);
    for (const piece of pieces) {
      if (item) {
        const text = doc.mask.slice(piece.offset, piece.endOffset);
        const words = countWords(text);
        if (words === 0) continue;
        const trimmed = trimRange(doc.mask, piece);
        // A second paragraph of the same list item continues that item's unit.
        const last = units[units.length - 1];
        if (last && previousItem === item && !pendingHeading && last.list) {
          last.endOffset = trimmed.endOffset;
          last.text = doc.mask.slice(last.offset, last.endOffset);
          last.words = countWords(last.text);
          continue;
        }
        const list = item.htmlTag === "li" ? null : listOf(item, lists);
        const sameList = !pendingHeading && units.length > 0 && ((list !== null && list === previousList) || (item.htmlTag === "li" && previousHtmlItem));
        if (!sameList) block++;
        units.push({
          ...trimmed,
          text: doc.mask.slice(trimmed.offset, trimmed.endOffset),
          words,
          list: true,
          boundary: units.length === 0 ? "start" : sameList ? "item" : "block",
          block,
        });
        previousItem = item;
        previousList = list;
        previousHtmlItem = item.htmlTag === "li";
      } else {
        block++;
        let first = true;
        for (const sentence of sentencesIn(doc, piece)) {
          if (sentence.inHeading) continue;
          const words = countWords(sentence.text);
          if (words === 0) continue;
          units.push({
            offset: sentence.offset,
            endOffset: sentence.endOffset,
            text: sentence.text,
            words,
            list: false,
            boundary: units.length === 0 ? "start" : first ? "block" : "sentence",
            block,
          });
          first = false;
        }
        previousItem = null;
        previousList = null;
        previousHtmlItem = false;
      }
      pendingHeading = false;
    }
  }
  return units;
}

function trimRange(mask: string, range: TextRange): TextRange {
  let start = range.offset;
  let end = range.endOffset;
  while (start < end && /\s/.test(mask[start])) start++;
  while (end > start && /\s/.test(mask[end - 1])) end--;
  return { offset: start, endOffset: end };
}

/** `range` without the parts covered by `skip` (labels), as the pieces left. */
function subtract(range: TextRange, skip: readonly TextRange[]): TextRange[] {
  let pieces = [range];
  for (const cut of skip) {
    const next: TextRange[] = [];
    for (const piece of pieces) {
      if (cut.endOffset <= piece.offset || cut.offset >= piece.endOffset) {
        next.push(piece);
        continue;
      }
      if (cut.offset > piece.offset) next.push({ offset: piece.offset, endOffset: cut.offset });
      if (cut.endOffset < piece.endOffset) next.push({ offset: cut.endOffset, endOffset: piece.endOffset });
    }
    pieces = next;
  }
  return pieces;
}
