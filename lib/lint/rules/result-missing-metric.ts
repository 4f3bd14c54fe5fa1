import { defineStoryRule } from "../rule";
import { hasFigure } from "../text";

/**
 * `result-missing-metric`: the Result states no concrete figure: no number (digits or words), no
 * percentage, amount of money, time or duration, count, multiplier ("2x", "halved") or before→after
 * pair. Range: the Result's text. An empty or missing Result is `star-missing-section`'s business.
 */
export const resultMissingMetric = defineStoryRule({
  id: "result-missing-metric",
  severity: "warning",
  summary: "The Result states no concrete figure (number, percentage, money, time or count).",
  docs: {
    description:
      "Reports a Result that contains no figure at all. Figures are digits (`40%`, `$1.2M`, `800 ms`, `2x`), number words (`two days early`, `twelve engineers`, `a third`), multiples (`doubled`, `halved`, `cut in half`) and durations (`in one week`). Names with digits (`p99`, `S3`, `Q3`, `v2`), version numbers (`Java 17`, `React 18`, `version 2.3`, `HTTP/2`), calendar dates and quarters (`14 March 2023`, `2023-03-14`, `Q4 2023`) and years after `in`/`since`/a month are not figures; a number with a unit after it (`Python 3 services`, `in 2000 stores`) still is. The range is the Result's text.",
    examples: [
      {
        title: "An outcome without a figure",
        markdown:
          "## Situation\nCheckout was slow.\n## Task\nMake it fast.\n## Action\nI added a cache.\n## Result\nCheckout became much faster and customers were happy.\n",
        messages: [
          {
            range: "8:1-8:54",
            reason:
              "Your Result has no number: how much did it change?",
          },
        ],
      },
      {
        title: "A year is a date, not a figure",
        markdown:
          "**Situation:** Slow checkout.\n**Task:** Fix it.\n**Action:** I cached.\n**Result:** Since 2023 the checkout page has stayed fast.\n",
        messages: [{ range: "4:13-4:58" }],
      },
      {
        title: "Versions and dates are names, not figures",
        markdown:
          "**Situation:** Old stack.\n**Task:** Upgrade it.\n**Action:** I migrated.\n**Result:** We run Java 17 and React 18 since 14 March 2023 (Q4 2023 plan).\n",
        messages: [{ range: "4:13-4:76" }],
      },
      {
        title: "Digits, words and multiples all count",
        markdown:
          "S: Slow checkout.\nT: Fix it.\nA: I cached.\nR: p99 halved and we shipped two days early.\n",
        messages: [],
      },
      {
        title: "Money and percentages count",
        markdown: "## Situation\nx\n## Task\ny\n## Action\nI renegotiated.\n## Result\nSaved €300k a year (a 12% cut).\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const result = context.sections.result;
    if (!result || result.words === 0) return;
    if (hasFigure(context.doc.mask.slice(result.content.offset, result.content.endOffset))) return;
    report({
      offset: result.content.offset,
      endOffset: result.content.endOffset,
      section: "result",
      reason:
        "Your Result has no number: how much did it change?",
      note: 'The interviewer will ask "by how much?". Give the before and after ("p99 fell from 800 ms to 60 ms"), money ("saved $40k a year"), time ("two weeks early") or a count ("3 teams adopted it"); an estimate you can defend beats none.',
    });
  },
});
