import { describe, expect, it } from "vitest";
import { CORPORA, loadHeldoutStories, STORY_PARTS } from "../heldout/load";

// Structural checks on the unlabelled corpus (README.md): how many findings it holds, and that its
// part markers say something a part finder can be scored on.
describe("unlabelled corpus", () => {
  const stories = loadHeldoutStories(CORPORA.unlabelled);
  const all = stories.flatMap((s) => s.expected.map((e) => ({ ...e, file: s.file })));
  const count = (rule: string) => all.filter((e) => e.ruleId === rule).length;

  it("loads every story cleanly with exact offsets", () => {
    expect(stories.length).toBeGreaterThanOrEqual(40);
    for (const s of stories) {
      expect(s.markdown, s.file).not.toMatch(/[⟦⟧]/);
      for (const e of s.expected) {
        if (e.offset === undefined) continue;
        expect(s.markdown.slice(e.offset, e.endOffset), `${s.file} @${e.offset}`).toBe(e.text);
      }
    }
  });

  it("meets the coverage targets", () => {
    expect(count("star-unlabelled")).toBeGreaterThanOrEqual(40);
    expect(count("star-no-structure")).toBeGreaterThanOrEqual(4);
    expect(count("we-instead-of-i")).toBeGreaterThanOrEqual(50);
    expect(count("vague-outcome")).toBeGreaterThanOrEqual(25);
    expect(count("result-missing-metric")).toBeGreaterThanOrEqual(15);
    expect(count("star-missing-section")).toBeGreaterThanOrEqual(6);
  });

  it("marks the parts of every story, in STAR order, and none in text with no story", () => {
    for (const s of stories) {
      const noStory = s.expected.some((e) => e.ruleId === "star-no-structure");
      if (noStory) {
        expect(s.parts, s.file).toEqual([]);
        continue;
      }
      expect(s.parts.length, `${s.file}: part markers`).toBeGreaterThanOrEqual(2);
      const ranks = s.parts.map((marker) => STORY_PARTS.indexOf(marker.part));
      expect(ranks, `${s.file}: parts in order`).toEqual([...ranks].sort((a, b) => a - b));
      const offsets = s.parts.map((marker) => marker.offset);
      expect(new Set(offsets).size, `${s.file}: one marker per place`).toBe(offsets.length);
    }
  });

  it("expects a missing part only where no marker shows it", () => {
    for (const s of stories) {
      for (const e of s.expected) {
        if (e.ruleId !== "star-missing-section") continue;
        expect(s.parts.some((marker) => marker.part === e.section), `${s.file}: ${e.section} marked and missing`).toBe(false);
      }
    }
  });
});
