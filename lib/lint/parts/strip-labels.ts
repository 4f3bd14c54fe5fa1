import { parseStory } from "../document";
import { locateSections, type StorySections } from "../sections";
import type { Part } from "./features";


/** A labelled story with its STAR labels taken out, and the way back to the original's offsets. */
export interface StrippedStory {
  original: string;
  /** The story as it would read if its author had written no labels. */
  markdown: string;
  /** The labelled story's parts, in the original's offsets. */
  sections: StorySections;
  /** The offset in `original` of a character at `offset` in `markdown`. */
  toOriginal(offset: number): number;
}

/**
 * Removes the STAR labels (and a lesson label) of a labelled story: heading labels with their line,
 * line and inline labels with the spaces after them. Null when the story is not labelled (its parts
 * are inferred already, or it has none). Used to measure the part finder on our labelled corpora.
 */
export function stripLabels(markdown: string): StrippedStory | null {
  const sections = locateSections(parseStory(markdown));
  if (sections.structure === "inferred" || sections.structure === "none") return null;
  const cuts: Array<[number, number]> = [];
  const seen = new Set<number>();
  for (const part of [sections.situation, sections.task, sections.action, sections.result, sections.lesson]) {
    if (!part || part.inferred || seen.has(part.label.offset)) continue;
    seen.add(part.label.offset);
    let { offset: start, endOffset: end } = part.label;
    const lineStart = markdown.lastIndexOf("\n", start - 1) + 1;
    const lineEnd = markdown.indexOf("\n", end);
    const restOfLine = markdown.slice(end, lineEnd === -1 ? markdown.length : lineEnd);
    const beforeOnLine = markdown.slice(lineStart, start);
    if (/^[ \t]*#{1,6}[ \t]/.test(markdown.slice(lineStart)) && restOfLine.trim() === "") {
      // A heading label: the whole line goes.
      start = lineStart;
      end = lineEnd === -1 ? markdown.length : lineEnd + 1;
    } else {
      while (end < markdown.length && (markdown[end] === " " || markdown[end] === "\t")) end++;
      // A label alone on its line ("**Situation**\n…"): take the line break too, so the text joins up.
      if (restOfLine.trim() === "" && beforeOnLine.trim() === "" && markdown[end] === "\n") end++;
    }
    cuts.push([start, end]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  let stripped = "";
  let last = 0;
  // Where each kept run starts in the stripped text and in the original.
  const runs: Array<{ stripped: number; original: number }> = [];
  for (const [start, end] of cuts) {
    if (start < last) continue;
    runs.push({ stripped: stripped.length, original: last });
    stripped += markdown.slice(last, start);
    last = end;
  }
  runs.push({ stripped: stripped.length, original: last });
  stripped += markdown.slice(last);
  return {
    original: markdown,
    markdown: stripped,
    sections,
    toOriginal(offset) {
      let run = runs[0];
      for (const candidate of runs) {
        if (candidate.stripped <= offset) run = candidate;
        else break;
      }
      return run.original + (offset - run.stripped);
    },
  };
}

/**
 * The part the labelled story puts an original offset in: its lesson (a closing label) first, then the
 * STAR part whose text holds it; "situation|task" style ambiguity (a combined label) gives the first.
 * Null outside every part (a title, text before the first label).
 */
export function labelledPartAt(sections: StorySections, offset: number): Part | null {
  const inside = (part: StorySections["situation"]) => part !== null && offset >= part.content.offset && offset < part.content.endOffset;
  if (sections.lesson && !sections.lesson.inferred && inside(sections.lesson)) return "lesson";
  for (const name of ["situation", "task", "action", "result"] as const) if (inside(sections[name])) return name;
  return null;
}
