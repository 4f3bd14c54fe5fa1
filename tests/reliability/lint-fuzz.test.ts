import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintAndCheck, markdownDocumentOf } from "./markdown-arbitraries";

/**
 * A bounded share of `npm run fuzz` (scripts/fuzz.ts) on every unit-test run: the same generators and
 * properties, 300 documents of up to 5,000 characters. The fuzz script goes to the 20,000-character
 * limit, where the known slow cases live (docs/reliability.md): a cost that grows with the square of
 * the length shows there, and would make this bounded run slow and flaky rather than useful.
 * A failure prints fast-check's seed and the shrunk document.
 */
describe("lintStory on generated hostile markdown", () => {
  it("never throws, stays within budget, and reports ranges that are the text", () => {
    fc.assert(
      fc.property(markdownDocumentOf(5_000), (markdown) => {
        expect(lintAndCheck(markdown).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps its properties on the documents that have broken linters elsewhere", () => {
    const documents = [
      "\uFEFF---\ntitle: bom\n---\nSituation: x",
      "---\na: &a [x, x]\nb: [*a, *a, *a]\n---\nA: we did it",
      "\r\r\n\n\rS:\rT:\r\nA: we shipped\r",
      "S: \uD800 we \uDFFF\nA: we built 👩🏽‍💻 \u0000 it\nR: שלום",
      `${"> ".repeat(300)}Action: we migrated it`,
      `${"- ".repeat(300)}Result: 40%`,
      "<!-- story-lint-disable-next-line we-instead-of-i -->\nA: we built it <!--",
      "```\nA: we built it\n",
    ];
    for (const markdown of documents) expect(lintAndCheck(markdown).problems, JSON.stringify(markdown)).toEqual([]);
  });
});
