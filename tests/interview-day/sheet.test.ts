import { describe, expect, it } from "vitest";
import { buildInterviewSheet } from "@/lib/interview-day/sheet";
import { formatClock, formatSpokenLength, spokenLengthVerdict } from "@/lib/interview-day/spoken-length";
import { PRINCIPLES } from "@/lib/principles";

const checkout = {
  id: "s1",
  title: "Checkout latency",
  body: "## Situation\nCheckout was slow.\n## Task\nI owned it.\n## Action\nI added a cache.\n## Result\np99 fell from 800 ms to 60 ms and conversion rose 3%.\n",
  principles: ["deliver-results", "dive-deep"] as const,
};
const mentoring = {
  id: "s2",
  title: "Coached a new hire to lead the on-call rotation",
  body: "**Situation:** A new hire joined.\n**Task:** Grow them.\n**Action:** I paired with them weekly.\n**Result:** They ran on-call alone after two months.",
  principles: ["hire-and-develop-the-best", "dive-deep"] as const,
};

describe("buildInterviewSheet", () => {
  const sheet = buildInterviewSheet([
    { ...checkout, principles: [...checkout.principles] },
    { ...mentoring, principles: [...mentoring.principles] },
  ]);

  it("lists covered principles in the fixed order, with their stories in the order given", () => {
    expect(sheet.covered.map((principle) => [principle.id, principle.stories.map((story) => story.id)])).toEqual([
      ["hire-and-develop-the-best", ["s2"]],
      ["dive-deep", ["s1", "s2"]],
      ["deliver-results", ["s1"]],
    ]);
  });

  it("lists every other principle as having no story yet, in order", () => {
    expect(sheet.uncovered.map((principle) => principle.id)).toEqual(
      PRINCIPLES.map((principle) => principle.id).filter(
        (id) => !["hire-and-develop-the-best", "dive-deep", "deliver-results"].includes(id),
      ),
    );
    expect(sheet.storyCount).toBe(2);
  });

  it("summarises each story: hook, Result figures, spoken length", () => {
    const [first, second] = sheet.covered[1].stories;
    expect(first).toEqual({
      id: "s1",
      title: "Checkout latency",
      hook: { text: "p99 fell from 800 ms to 60 ms and conversion rose 3%.", source: "result" },
      figures: ["from 800 ms to 60 ms", "3%"],
      spokenSeconds: 9,
      words: 22,
    });
    expect(second.hook).toEqual({ text: "Coached a new hire to lead the on-call rotation", source: "title" });
    expect(second.figures).toEqual(["two months"]);
  });

  it("an empty bank has every principle uncovered", () => {
    const empty = buildInterviewSheet([]);
    expect(empty.covered).toEqual([]);
    expect(empty.uncovered).toHaveLength(16);
  });
});

describe("spoken length", () => {
  it.each([
    { seconds: 0, text: "0 s", verdict: "short", clock: "00:00" },
    { seconds: 45, text: "45 s", verdict: "short", clock: "00:45" },
    { seconds: 65, text: "1 min 05 s", verdict: "on target", clock: "01:05" },
    { seconds: 180, text: "3 min 00 s", verdict: "on target", clock: "03:00" },
    { seconds: 200, text: "3 min 20 s", verdict: "long", clock: "03:20" },
    { seconds: 760.9, text: "12 min 41 s", verdict: "long", clock: "12:40" },
  ])("$seconds s", ({ seconds, text, verdict, clock }) => {
    expect(formatSpokenLength(seconds)).toBe(text);
    expect(spokenLengthVerdict(seconds)).toBe(verdict);
    expect(formatClock(seconds)).toBe(clock);
  });
});
