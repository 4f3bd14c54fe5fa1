import { describe, expect, it } from "vitest";
import { findSections, type StorySections } from "../../lib/lint";

type Expected = [label: string, content: string, words: number] | null;

interface SectionCase {
  name: string;
  markdown: string;
  structure: StorySections["structure"];
  situation?: Expected;
  task?: Expected;
  action?: Expected;
  result?: Expected;
}

const cases: SectionCase[] = [
  {
    name: "level-3 headings under a title, closed by a non-STAR heading",
    markdown:
      "# Cut checkout latency\n\n### Situation\nCheckout was slow.\n\n### Task\nI owned it.\n\n### Action\n- profiled\n- cached\n\n### Result\np99 fell 40%.\n\n## Lessons learned\nMeasure first.\n",
    structure: "headings",
    situation: ["### Situation", "Checkout was slow.", 3],
    task: ["### Task", "I owned it.", 3],
    action: ["### Action", "- profiled\n- cached", 2],
    result: ["### Result", "p99 fell 40%.", 3],
  },
  {
    name: "front matter before headings",
    markdown: "---\ntitle: x\nprinciples: [ownership]\n---\n\n## Situation\nslow\n## Task\nfix\n## Action\ncache\n## Result\n40%",
    structure: "headings",
    situation: ["## Situation", "slow", 1],
    result: ["## Result", "40%", 1],
  },
  {
    name: "setext headings",
    markdown: "Situation\n=========\nslow\n\nTask\n----\nfix\n\nAction\n------\ncache\n\nResult\n------\n40%",
    structure: "headings",
    situation: ["Situation\n=========", "slow", 1],
    action: ["Action\n------", "cache", 1],
  },
  {
    name: "bold labels with the colon outside",
    markdown: "**Situation**: slow.\n\n**Task**: fix.\n\n**Action**: cache.\n\n**Result**: 40%.",
    structure: "labels",
    situation: ["**Situation**:", "slow.", 1],
    result: ["**Result**:", "40%.", 1],
  },
  {
    name: "bold letter-and-word labels on consecutive lines",
    markdown: "**S (Situation):** slow.\n**T (Task):** fix.\n**A (Action):** cache.\n**R (Result):** 40%.",
    structure: "labels",
    situation: ["**S (Situation):**", "slow.", 1],
    task: ["**T (Task):**", "fix.", 1],
    action: ["**A (Action):**", "cache.", 1],
    result: ["**R (Result):**", "40%.", 1],
  },
  {
    name: "plain labels with hyphen, en dash and em dash",
    markdown: "Situation - slow checkout\nTask – fix it\nAction — cache it\nResult - 40% faster",
    structure: "labels",
    situation: ["Situation -", "slow checkout", 2],
    task: ["Task –", "fix it", 2],
    action: ["Action —", "cache it", 2],
    result: ["Result -", "40% faster", 2],
  },
  {
    name: "emoji, letter and word",
    markdown: "✅ S – Situation: slow\n✅ T – Task: fix\n✅ A – Action: cache\n✅ R – Result: 40%",
    structure: "labels",
    situation: ["✅ S – Situation:", "slow", 1],
    result: ["✅ R – Result:", "40%", 1],
  },
  {
    name: "ordered list items",
    markdown: "1. Situation: slow\n2. Task: fix\n3. Action: cache\n4. Result: 40%",
    structure: "labels",
    situation: ["Situation:", "slow", 1],
    result: ["Result:", "40%", 1],
  },
  {
    name: "single letters",
    markdown: "S: slow\nT: fix\nA: cache\nR: 40%",
    structure: "labels",
    situation: ["S:", "slow", 1],
    action: ["A:", "cache", 1],
  },
  {
    name: "synonyms",
    markdown: "**Context:** slow.\n\n**Goal:** fix.\n\n**What I did:** cache.\n\n**Impact:** 40%.",
    structure: "labels",
    situation: ["**Context:**", "slow.", 1],
    task: ["**Goal:**", "fix.", 1],
    action: ["**What I did:**", "cache.", 1],
    result: ["**Impact:**", "40%.", 1],
  },
  {
    name: "Problem-Action-Result: the problem is the situation; no task stated",
    markdown: "Problem: slow checkout.\n\nWhat I did: cached.\n\nOutcome: 40% faster.",
    structure: "labels",
    situation: ["Problem:", "slow checkout.", 2],
    task: null,
    action: ["What I did:", "cached.", 1],
    result: ["Outcome:", "40% faster.", 2],
  },
  {
    name: "Problem-Action-Result: a problem that states a goal covers situation and task",
    markdown: "Problem: checkout was slow and I was asked to fix it.\n\nWhat I did: cached.\n\nOutcome: 40% faster.",
    structure: "labels",
    situation: ["Problem:", "checkout was slow and I was asked to fix it.", 10],
    task: ["Problem:", "checkout was slow and I was asked to fix it.", 10],
    action: ["What I did:", "cached.", 1],
    result: ["Outcome:", "40% faster.", 2],
  },
  {
    name: "Problem then Task: the problem is the situation",
    markdown: "## Problem\nslow\n## Task\ncut p99\n## Action\ncache\n## Result\n40%",
    structure: "headings",
    situation: ["## Problem", "slow", 1],
    task: ["## Task", "cut p99", 2],
  },
  {
    name: "Situation then Challenge: the challenge is the task",
    markdown: "## Situation\nslow\n## Challenge\ncut p99\n## Action\ncache\n## Result\n40%",
    structure: "headings",
    situation: ["## Situation", "slow", 1],
    task: ["## Challenge", "cut p99", 2],
  },
  {
    name: "combined label",
    markdown: "**Situation & Task:** slow, had to fix.\n**Action:** cache.\n**Result:** 40%.",
    structure: "labels",
    situation: ["**Situation & Task:**", "slow, had to fix.", 4],
    task: ["**Situation & Task:**", "slow, had to fix.", 4],
  },
  {
    name: "typos in headings",
    markdown: "## Situtation\nslow\n## Task\nfix\n## Acton\ncache\n## Resutl\n40%",
    structure: "headings",
    situation: ["## Situtation", "slow", 1],
    action: ["## Acton", "cache", 1],
    result: ["## Resutl", "40%", 1],
  },
  {
    name: "labels alone on their line",
    markdown: "Situation\nCheckout was slow.\n\nTask\nFix it.\n\nAction\nI cached.\n\nResult\n40%.",
    structure: "labels",
    situation: ["Situation", "Checkout was slow.", 3],
    result: ["Result", "40%.", 1],
  },
  {
    name: "inline labels in one paragraph",
    markdown: "Situation: checkout slow. Task: fix it. Action: we cached it. Result: 40% faster.",
    structure: "inline",
    situation: ["Situation:", "checkout slow.", 2],
    task: ["Task:", "fix it.", 2],
    action: ["Action:", "we cached it.", 3],
    result: ["Result:", "40% faster.", 2],
  },
  {
    name: "headings, with the Result only as a sentence label",
    markdown: "## Situation\nslow\n## Task\nfix\n## Action\nI cached. Result: it sped up 2x.\n",
    structure: "headings",
    action: ["## Action", "I cached.", 2],
    result: ["Result:", "it sped up 2x.", 4],
  },
  {
    name: "empty heading",
    markdown: "## Situation\nslow\n## Task\n## Action\ncache\n## Result\n40%",
    structure: "headings",
    task: ["## Task", "", 0],
  },
  {
    name: "label words inside prose are not labels",
    markdown: "## Situation\nslow\n## Task\nfix\n## Action\nAction items: cache it.\nResults-driven work.\n## Result\n40%",
    structure: "headings",
    action: ["## Action", "Action items: cache it.\nResults-driven work.", 6],
  },
  {
    name: "bullets nested under a bold label",
    markdown: "- **Situation:** slow\n- **Task:** fix\n- **Action:**\n  - profile\n  - cache\n- **Result:** 40%",
    structure: "labels",
    action: ["**Action:**", "- profile\n  - cache", 2],
    result: ["**Result:**", "40%", 1],
  },
  {
    name: "labels inside a block quote",
    markdown: "> **Situation:** slow\n> **Task:** fix\n> **Action:** cache\n> **Result:** 40%",
    structure: "labels",
    task: ["**Task:**", "fix", 1],
  },
  {
    name: "plain narrative",
    markdown: "I joined in 2021. The action I took was to cache. As a result, checkout is faster.",
    structure: "none",
    situation: null,
    task: null,
    action: null,
    result: null,
  },
  {
    name: "one plain label in a narrative: the label's part stays, the rest is read from the text",
    markdown: "Background: I was the lead. We had problems with checkout and I fixed them by caching.",
    structure: "inferred",
    situation: ["Background:", "I was the lead.", 4],
    task: null,
    action: ["", "We had problems with checkout and I fixed them by caching.", 11],
    result: null,
  },
  {
    name: "Q and A transcript: A is an answer, not the Action",
    markdown: "Q: Tell me about a time.\nA: I cached the checkout and it got 40% faster.",
    structure: "none",
    action: null,
  },
  {
    name: "a lone bold Result keeps its label; the text before it is read as the Situation",
    markdown: "Checkout was slow and I fixed it.\n\n**Result:** p99 fell to 60 ms.\n",
    structure: "inferred",
    situation: ["", "Checkout was slow and I fixed it.", 7],
    action: null,
    result: ["**Result:**", "p99 fell to 60 ms.", 5],
  },
  {
    name: "reflection after the Result is not part of it",
    markdown: "S: slow\nT: fix\nA: cache\nR: 40% faster\n\n**Lessons learned:** measure first.",
    structure: "labels",
    result: ["R:", "40% faster", 2],
  },
  {
    name: "CRLF line endings",
    markdown: "## Situation\r\nslow\r\n## Task\r\nfix\r\n## Action\r\ncache\r\n## Result\r\n40%\r\n",
    structure: "headings",
    task: ["## Task", "fix", 1],
  },
];

describe("findSections", () => {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))("%s", (_name, testCase) => {
    const sections = findSections(testCase.markdown);
    expect(sections.structure).toBe(testCase.structure);
    for (const name of ["situation", "task", "action", "result"] as const) {
      const expected = testCase[name];
      if (expected === undefined) continue;
      const found = sections[name];
      if (expected === null) {
        expect(found, name).toBeNull();
        continue;
      }
      expect(found, name).not.toBeNull();
      const [label, content, words] = expected;
      expect(testCase.markdown.slice(found!.label.offset, found!.label.endOffset), `${name} label`).toBe(label);
      expect(testCase.markdown.slice(found!.content.offset, found!.content.endOffset), `${name} content`).toBe(content);
      expect(found!.words, `${name} words`).toBe(words);
    }
  });

  it("gives an empty part a zero-width content range at the end of its label", () => {
    const markdown = "## Situation\nslow\n## Task\n## Action\ncache\n## Result\n40%";
    const task = findSections(markdown).task!;
    expect(task.content).toEqual({ offset: task.label.endOffset, endOffset: task.label.endOffset });
  });
});
