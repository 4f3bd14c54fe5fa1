import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint/index";
import { EVALUATED_RULES, loadHeldoutStories } from "./load";
import { formatReport, scoreCorpus, THRESHOLDS } from "./score";

// The held-out corpus is written without sight of the linter; see score.ts for how matching works.
describe("STAR linter on the held-out corpus", () => {
  const stories = loadHeldoutStories();
  const scores = scoreCorpus(stories, (markdown) => lintStory(markdown));
  const report = formatReport(scores, true);

  for (const ruleId of EVALUATED_RULES) {
    it(`${ruleId} reaches precision >= ${THRESHOLDS.precision} and recall >= ${THRESHOLDS.recall}`, () => {
      const s = scores.find((x) => x.ruleId === ruleId)!;
      expect(s.expected, `${ruleId} has expectations in the corpus`).toBeGreaterThan(0);
      expect(s.precision, `${ruleId} precision\n${report}`).toBeGreaterThanOrEqual(THRESHOLDS.precision);
      expect(s.recall, `${ruleId} recall\n${report}`).toBeGreaterThanOrEqual(THRESHOLDS.recall);
    });
  }
});
