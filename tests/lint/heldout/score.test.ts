import { describe, expect, it } from "vitest";
import type { HeldoutStory } from "./load";
import { loadHeldoutStories, parseAnnotated } from "./load";
import { failures, scoreCorpus, type LintMessageLike } from "./score";

/** A linter that returns exactly what the corpus expects. */
function oracle(stories: HeldoutStory[]) {
  const byMarkdown = new Map(stories.map((s) => [s.markdown, s]));
  return (markdown: string): LintMessageLike[] =>
    byMarkdown.get(markdown)!.expected.map((e) => ({
      ruleId: e.ruleId,
      section: e.section ?? null,
      offset: e.offset,
      endOffset: e.endOffset,
    }));
}

const story = (src: string, file = "x.md"): HeldoutStory => ({ file, ...parseAnnotated(src, file) });
const get = (scores: ReturnType<typeof scoreCorpus>, id: string) => scores.find((s) => s.ruleId === id)!;

describe("scoreCorpus", () => {
  it("gives a perfect score to an oracle and recall 0 to a silent linter", () => {
    const stories = loadHeldoutStories();
    const perfect = scoreCorpus(stories, oracle(stories));
    for (const s of perfect) expect([s.ruleId, s.precision, s.recall, s.fp, s.fn]).toEqual([s.ruleId, 1, 1, 0, 0]);
    expect(failures(perfect)).toEqual([]);
    const silent = scoreCorpus(stories, () => []);
    // A rule with nothing expected in this corpus keeps recall 1 (nothing to miss) when silent.
    const expectedRules = silent.filter((s) => s.expected > 0);
    expect(expectedRules.length).toBeGreaterThanOrEqual(5);
    for (const s of silent) expect(s.recall).toBe(s.expected > 0 ? 0 : 1);
    expect(failures(silent).length).toBe(expectedRules.length);
  });

  it("matches vague-outcome within the same sentence, we-instead-of-i only by overlap", () => {
    const s = story(
      "<!-- expect: none -->\n## Action\n⟦we-instead-of-i|We⟧ shipped it.\n## Result\nIt was ⟦vague-outcome|significantly⟧ improved. Costs were a lot lower.\n",
    );
    const md = s.markdown;
    const at = (t: string, rule: string): LintMessageLike => ({
      ruleId: rule, offset: md.indexOf(t), endOffset: md.indexOf(t) + t.length,
    });
    const scores = scoreCorpus([s], () => [
      at("improved", "vague-outcome"), // same sentence as the annotation: match
      at("a lot", "vague-outcome"), // next sentence: FP
      at("shipped", "we-instead-of-i"), // no overlap with "We": FP
    ]);
    expect(get(scores, "vague-outcome")).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(get(scores, "we-instead-of-i")).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it("matches story-level rules by file and section, counting repeats as false positives", () => {
    const s = story("<!-- expect: star-missing-section(task), result-missing-metric -->\n## Situation\nx\n");
    const scores = scoreCorpus([s], () => [
      { ruleId: "star-missing-section", section: "task" },
      { ruleId: "star-missing-section", section: "action" },
      { ruleId: "result-missing-metric", section: "result" },
      { ruleId: "result-missing-metric", section: "result" },
      { ruleId: "some-other-rule", section: "result" },
    ]);
    expect(get(scores, "star-missing-section")).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(get(scores, "result-missing-metric")).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(get(scores, "star-no-structure")).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });
  });
});
