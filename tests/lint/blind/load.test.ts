import { describe, expect, it } from "vitest";
import { CORPORA, loadHeldoutStories } from "../heldout/load";

// Structural checks on the blind corpus. Failure messages name files and offsets only, never story text,
// so the corpus stays unseen by the linter's authors.
describe("blind corpus", () => {
  const stories = loadHeldoutStories(CORPORA.blind);
  const all = stories.flatMap((s) => s.expected.map((e) => ({ ...e, file: s.file })));
  const count = (rule: string) => all.filter((e) => e.ruleId === rule).length;

  it("loads every story cleanly with exact offsets", () => {
    expect(stories.length).toBeGreaterThanOrEqual(50);
    for (const s of stories) {
      expect(/[⟦⟧]/.test(s.markdown), `${s.file}: leftover annotation bracket`).toBe(false);
      expect(/<!--\s*expect:/.test(s.markdown), `${s.file}: leftover expect line`).toBe(false);
      for (const e of s.expected) {
        if (e.offset === undefined) continue;
        const ok = e.endOffset! > e.offset && s.markdown.slice(e.offset, e.endOffset) === e.text;
        expect(ok, `${s.file} @${e.offset}-${e.endOffset}: offsets do not select the annotated text`).toBe(true);
      }
    }
  });

  it("annotates only the words the conventions allow", () => {
    for (const e of all) {
      if (e.ruleId !== "we-instead-of-i") continue;
      const ok = /^(we|we've|we'd|we're|our team|the team)$/i.test(e.text!);
      expect(ok, `${e.file} @${e.offset}: we-instead-of-i must wrap we / we've / we'd / our team / the team`).toBe(true);
    }
  });

  it("meets the coverage targets", () => {
    expect(count("we-instead-of-i")).toBeGreaterThanOrEqual(50);
    expect(count("vague-outcome")).toBeGreaterThanOrEqual(20);
    expect(count("result-missing-metric")).toBeGreaterThanOrEqual(15);
    expect(count("star-missing-section")).toBeGreaterThanOrEqual(10);
    // Since conventions v2, stories told without labels expect star-unlabelled (tests/lint/heldout/README.md).
    expect(count("star-unlabelled")).toBeGreaterThanOrEqual(4);
    const clean = stories.filter((s) => s.expected.length === 0).length;
    expect(clean / stories.length).toBeGreaterThan(0.35);
    expect(clean / stories.length).toBeLessThan(0.65);
  });

  it("keeps story-level expectations consistent", () => {
    for (const s of stories) {
      const rules = new Set(s.expected.map((e) => e.ruleId));
      if (rules.has("star-no-structure")) expect(s.expected.length, s.file).toBe(1);
      const missing = s.expected.filter((e) => e.ruleId === "star-missing-section").map((e) => e.section);
      expect(missing.length, s.file).toBeLessThan(4);
      if (missing.includes("result")) expect(rules.has("result-missing-metric"), s.file).toBe(false);
    }
  });
});
