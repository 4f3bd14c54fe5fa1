import { lintStory } from "@/lib/lint";
import { withoutFrontMatter } from "@/lib/lint/front-matter";
import { TITLE_MAX } from "./limits";

/** Longest title taken from an answer's first sentence; longer ones are cut at a word. */
const PASTED_TITLE_MAX = 80;

/**
 * A title for a pasted answer: its first sentence, without markdown marks or a leading STAR label
 * ("Situation:"), cut at a word to 80 characters. "Pasted answer" when nothing is left.
 */
export function titleFromText(text: string): string {
  const plain = withoutFrontMatter(text)
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)/, "").replace(/[*_`]/g, "").trim())
    .filter((line) => line.length > 0)
    .map((line) => line.replace(/^\(?(?:situation|task|action|result|s|t|a|r)\)?\s*[:\-–—)]\s*/i, "").trim())
    .filter((line) => line.length > 0)
    .join(" ");
  const sentence = (/^.+?[.!?](?=\s|$)/.exec(plain)?.[0] ?? plain).replace(/[.!?]+$/, "").trim();
  if (!sentence) return "Pasted answer";
  if (sentence.length <= PASTED_TITLE_MAX) return sentence.slice(0, TITLE_MAX);
  const cut = sentence.slice(0, PASTED_TITLE_MAX + 1);
  const atWord = cut.slice(0, Math.max(cut.lastIndexOf(" "), 20)).trim();
  return `${atWord}…`;
}

/**
 * The answer as a story body: when the part finder can tell its Situation, Task, Action and Result
 * apart without labels, with `## Situation` … `## Result` headings inserted where they start (the same
 * text star-unlabelled offers as its fix, "Add STAR headings"); otherwise as pasted.
 */
export function bodyFromText(text: string): string {
  const body = text.trim() + "\n";
  const unlabelled = lintStory(body).find((message) => message.ruleId === "star-unlabelled");
  const fix = unlabelled?.expected?.[0];
  if (!unlabelled || fix === undefined) return body;
  return body.slice(0, unlabelled.offset) + fix + body.slice(unlabelled.endOffset);
}
