import { describe, expect, it } from "vitest";
import { isGoodOneLiner, storyHook, type StoryHook } from "@/lib/interview-day/hook";
import { firstSentence, plainText, trimAtWord } from "@/lib/interview-day/story-text";

const star = (parts: { situation?: string; task?: string; action?: string; result?: string }) =>
  (["situation", "task", "action", "result"] as const)
    .filter((name) => parts[name] !== undefined)
    .map((name) => `## ${name[0].toUpperCase()}${name.slice(1)}\n${parts[name]}\n`)
    .join("");

const checkout = star({
  situation: "Checkout p99 was 800 ms during the holiday sale.",
  task: "I owned the checkout service.",
  action: "I profiled the slowest query. Then I added a read-through cache.",
  result: "p99 fell from 800 ms to 60 ms (a 92% cut). Conversion rose 3%.",
});

describe("isGoodOneLiner", () => {
  it.each([
    { title: "Cut checkout p99 from 800 ms to 60 ms", expected: true },
    { title: "Talked a VP out of a risky launch date", expected: true },
    { title: "Payments migration", expected: false },
    { title: "Untitled story", expected: false },
    { title: "New story", expected: false },
    { title: "Copy of Checkout latency story", expected: false },
    { title: "", expected: false },
    { title: `Rebuilt ${"the very large legacy billing pipeline ".repeat(4)}`, expected: false },
  ])("$title → $expected", ({ title, expected }) => {
    expect(isGoodOneLiner(title)).toBe(expected);
  });
});

describe("storyHook", () => {
  const cases: Array<{ name: string; title: string; body: string; expected: StoryHook }> = [
    {
      name: "a good title is the hook",
      title: "Cut checkout p99 from 800 ms to 60 ms",
      body: checkout,
      expected: { text: "Cut checkout p99 from 800 ms to 60 ms", source: "title" },
    },
    {
      name: "a topic title gives way to the Result's first sentence",
      title: "Checkout latency",
      body: checkout,
      expected: { text: "p99 fell from 800 ms to 60 ms (a 92% cut).", source: "result" },
    },
    {
      name: "no Result: the Action's first sentence",
      title: "Cache",
      body: star({ situation: "Slow.", task: "Fix it.", action: "I profiled the slowest query, e.g. the cart join. Then I cached it." }),
      expected: { text: "I profiled the slowest query, e.g. the cart join.", source: "action" },
    },
    {
      name: "markdown is stripped from the Result",
      title: "Vendor deal",
      body: star({ situation: "s", task: "t", action: "a", result: "- **Saved €300k a year** by [renegotiating](https://example.com) the `CDN` contract.\n- More." }),
      expected: { text: "Saved €300k a year by renegotiating the CDN contract.", source: "result" },
    },
    {
      name: "a long sentence is cut at a word boundary",
      title: "Migration",
      body: star({
        situation: "s",
        task: "t",
        action: "a",
        result:
          "I moved all forty-two services from the old data centre onto Kubernetes without a single customer-facing incident while the team kept shipping features every week.",
      }),
      expected: {
        text: "I moved all forty-two services from the old data centre onto Kubernetes without a single customer-facing incident…",
        source: "result",
      },
    },
    {
      name: "no STAR structure: the body's first sentence",
      title: "Draft",
      body: "I stayed late to fix the release. It shipped on time.",
      expected: { text: "I stayed late to fix the release.", source: "body" },
    },
    {
      name: "nothing written: the title as it is",
      title: "Payments migration",
      body: "",
      expected: { text: "Payments migration", source: "title" },
    },
    { name: "nothing at all", title: "", body: "", expected: { text: "", source: "none" } },
  ];

  it.each(cases)("$name", ({ title, body, expected }) => {
    expect(storyHook({ title, body })).toEqual(expected);
  });

  it("never returns more than about 120 characters", () => {
    const result = "word ".repeat(200);
    const hook = storyHook({ title: "x", body: star({ situation: "s", task: "t", action: "a", result }) });
    expect(hook.text.length).toBeLessThanOrEqual(121);
    expect(hook.text.endsWith("…")).toBe(true);
  });
});

describe("story text helpers", () => {
  it("plainText drops comments, front matter and markup", () => {
    expect(plainText("---\ntitle: x\n---\n<!-- story-lint disable -->\n> ## *Result*\n1. Cut `p99` by _half_")).toBe("Result Cut p99 by half");
  });

  it("firstSentence keeps decimals and abbreviations", () => {
    expect(firstSentence("Latency fell 1.5 s, i.e. 40%. Then more.")).toBe("Latency fell 1.5 s, i.e. 40%.");
  });

  it("trimAtWord leaves short text alone", () => {
    expect(trimAtWord("  short   text ", 120)).toBe("short text");
  });
});
