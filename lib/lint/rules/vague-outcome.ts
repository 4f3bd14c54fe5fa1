import { BETTER_NOT_AN_OUTCOME, VAGUE_OUTCOME_PHRASES } from "../patterns/vague-words";
import { isReflection } from "../parts/features";
import { defineStoryRule } from "../rule";
import { hasFigure, insideAny, overlapsAny } from "../text";

const VAGUE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${VAGUE_OUTCOME_PHRASES.join("|")})(?![\\p{L}\\p{N}'’-])`, "giu");

/**
 * `vague-outcome`: an outcome in the Result claimed only with vague words ("improved", "better",
 * "successfully", "significantly", "positive feedback") and no figure in the same sentence. One message
 * per vague phrase; `actual` is the phrase. The word list is data (lib/lint/patterns/vague-words.ts).
 */
export const vagueOutcome = defineStoryRule({
  id: "vague-outcome",
  severity: "warning",
  summary: 'The Result claims an outcome with vague words ("improved", "significantly") and no figure.',
  docs: {
    description:
      'Reports vague outcome words in the Result (`improved`, `better`, `successful`, `significantly`, `dramatically`, `positive feedback`, `a lot`, `much faster`, intensified evaluations such as `very satisfied`, `really happy`, `extremely well` …) when the same sentence has no figure. A sentence that also says how much ("improved p99 by 40%") is fine. Idioms such as "to better understand" are not outcomes.',
    examples: [
      {
        title: "Vague words without a figure are flagged, phrase by phrase",
        markdown:
          "## Situation\nSlow checkout.\n## Task\nFix it.\n## Action\nI cached.\n## Result\nThe launch was successful and got positive feedback.\n",
        messages: [
          {
            range: "8:16-8:26",
            actual: "successful",
            reason: 'You say "successful" but not how much changed: give the figure that shows it.',
          },
          { range: "8:35-8:52", actual: "positive feedback" },
        ],
      },
      {
        title: "Intensified comparatives are one phrase",
        markdown: "S: x\nT: y\nA: I cached.\nR: Pages loaded much faster.\n",
        messages: [{ range: "4:17-4:28", actual: "much faster" }],
      },
      {
        title: "Intensified evaluations are vague; bare ones are plain statements",
        markdown: "S: x\nT: y\nA: I cached.\nR: The client was very satisfied and it worked extremely well. Users were happy.\n",
        messages: [
          { range: "4:19-4:33", actual: "very satisfied" },
          { range: "4:48-4:62", actual: "extremely well" },
        ],
      },
      {
        title: "A figure in the same sentence makes the claim concrete",
        markdown: "S: x\nT: y\nA: I cached.\nR: It significantly improved p99, from 800 ms to 60 ms.\n",
        messages: [],
      },
      {
        title: "Vague words outside the Result are not this rule's business",
        markdown: "S: Things needed to get better.\nT: y\nA: I improved the cache.\nR: p99 fell to 60 ms.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const result = context.sections.result;
    if (!result || result.words === 0) return;
    for (const sentence of context.sentences("result")) {
      if (sentence.inBlockquote || hasFigure(sentence.text)) continue;
      // A lesson is not an outcome: "I learned that bad news early is better than late".
      if (context.inLesson(sentence.offset)) continue;
      if (isReflection(sentence.text)) continue;
      const idioms: Array<{ offset: number; endOffset: number }> = [];
      BETTER_NOT_AN_OUTCOME.lastIndex = 0;
      for (let idiom = BETTER_NOT_AN_OUTCOME.exec(sentence.text); idiom; idiom = BETTER_NOT_AN_OUTCOME.exec(sentence.text)) {
        idioms.push({ offset: idiom.index, endOffset: idiom.index + idiom[0].length });
      }
      VAGUE.lastIndex = 0;
      for (let hit = VAGUE.exec(sentence.text); hit; hit = VAGUE.exec(sentence.text)) {
        const start = hit.index;
        const end = start + hit[0].length;
        if (insideAny(idioms, start, end)) continue;
        const offset = sentence.offset + start;
        const endOffset = sentence.offset + end;
        if (overlapsAny(context.doc.codeRanges, offset, endOffset)) continue;
        const phrase = context.doc.markdown.slice(offset, endOffset);
        report({
          offset,
          endOffset,
          section: "result",
          actual: true,
          reason: `You say "${phrase}" but not how much changed: give the figure that shows it.`,
          note: 'The interviewer discounts adjectives and asks "by how much?". Replace the word with the measurement behind it: before and after, a percentage, money, time saved or a count, e.g. "p99 fell from 800 ms to 60 ms".',
        });
      }
    }
  },
});
