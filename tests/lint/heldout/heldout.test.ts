import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint/index";
import { CORPORA, EVALUATED_RULES, loadHeldoutStories } from "./load";
import { formatReport, scoreCorpus, THRESHOLDS } from "./score";

// Both corpora are written without sight of the linter; see score.ts for how matching works. The blind
// corpus (tests/lint/blind) must stay unseen by the linter's authors, so its failures show only the
// aggregate table, never the missed or extra findings.
// The unlabelled corpus (tests/lint/unlabelled) is answers written the way candidates write them, mostly
// without STAR labels: the part finder's findings are gated there too.
const GATES = [
  { title: "held-out corpus", dir: CORPORA.heldout, verbose: true },
  { title: "blind corpus", dir: CORPORA.blind, verbose: false },
  { title: "unlabelled corpus", dir: CORPORA.unlabelled, verbose: true },
] as const;

const expectedPerRule = new Map<string, number>();

for (const gate of GATES) {
  describe(`STAR linter on the ${gate.title}`, () => {
    const stories = loadHeldoutStories(gate.dir);
    const scores = scoreCorpus(stories, (markdown) => lintStory(markdown));
    const report = formatReport(scores, gate.verbose);
    for (const s of scores) expectedPerRule.set(s.ruleId, (expectedPerRule.get(s.ruleId) ?? 0) + s.expected);

    for (const ruleId of EVALUATED_RULES) {
      it(`${ruleId} reaches precision >= ${THRESHOLDS.precision} and recall >= ${THRESHOLDS.recall}`, () => {
        const s = scores.find((x) => x.ruleId === ruleId)!;
        expect(s.precision, `${ruleId} precision\n${report}`).toBeGreaterThanOrEqual(THRESHOLDS.precision);
        expect(s.recall, `${ruleId} recall\n${report}`).toBeGreaterThanOrEqual(THRESHOLDS.recall);
      });
    }
  });
}

describe("the gated corpora together", () => {
  // A rule with no expectation anywhere would pass every gate by saying nothing.
  it.each(EVALUATED_RULES.map((ruleId) => [ruleId]))("expect %s somewhere", (ruleId) => {
    expect(expectedPerRule.get(ruleId) ?? 0).toBeGreaterThanOrEqual(4);
  });
});
