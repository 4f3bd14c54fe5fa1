import { defineStoryRule } from "../rule";

const LINE_END = /[\r\n]/;

/**
 * `star-no-structure`: the story has no recognisable STAR structure, so an interviewer cannot follow
 * it. One message instead of four missing-section messages. Range: the first non-blank line of the
 * body (after front matter), so the editor underlines something visible without painting the whole
 * story; zero-width at the body's start when the body is empty.
 */
export const starNoStructure = defineStoryRule({
  id: "star-no-structure",
  severity: "error",
  summary: "The story has no recognisable Situation, Task, Action and Result parts.",
  docs: {
    description:
      "Reports a story in which no STAR part is marked at all: no `## Situation`-style heading, no `**Situation:**` or `S:` label, no `Situation: … Task: …` labels inside a paragraph. One message per story, replacing the four `star-missing-section` messages. The range is the first non-blank line after the front matter and any HTML comments.",
    examples: [
      {
        title: "A plain narrative is flagged once, on its first line",
        markdown:
          "---\ntitle: Checkout latency\n---\nOur checkout was slow, so I profiled it.\nI rewrote the cache and p99 fell to 60 ms.\n",
        messages: [
          {
            range: "4:1-4:41",
            reason:
              "Unexpected story without STAR structure, expected Situation, Task, Action and Result parts marked with headings or labels such as `Situation:`",
          },
        ],
      },
      {
        title: "Leading HTML comments (prompts, suppressions) are skipped",
        markdown: "<!-- Tell it as Situation, Task, Action, Result -->\n\nI fixed checkout latency and it fell to 60 ms.\n",
        messages: [{ range: "3:1-3:47" }],
      },
      {
        title: "An empty story is flagged at the start of its body",
        markdown: "",
        messages: [{ range: "1:1-1:1" }],
      },
      {
        title: "A single `Result:` inside a narrative is not structure",
        markdown: "I noticed the pager was noisy and fixed the alerts. Result: 40% fewer pages.\n",
        messages: [{ range: "1:1-1:77" }],
      },
      {
        title: "Labels mark the parts: not flagged",
        markdown:
          "S: Checkout was slow.\nT: Cut p99 below 100 ms.\nA: I profiled and cached.\nR: p99 fell to 60 ms.\n",
        messages: [],
      },
      {
        title: "A lone bold label is structure (the other parts are reported as missing instead)",
        markdown: "Checkout was slow and I fixed it.\n\n**Result:** p99 fell to 60 ms.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    if (context.sections.structure !== "none") return;
    const { markdown, bodyStart } = context.doc;
    let start = bodyStart;
    while (start < markdown.length && /\s/.test(markdown[start])) start++;
    // HTML comments (template prompts, suppression comments) are not the story's text.
    for (const html of context.doc.htmlNodes) {
      if (html.start !== start) continue;
      start = html.end;
      while (start < markdown.length && /\s/.test(markdown[start])) start++;
    }
    if (start >= markdown.length) start = bodyStart;
    const rest = markdown.slice(start);
    const lineBreak = rest.search(LINE_END);
    let end = lineBreak === -1 ? markdown.length : start + lineBreak;
    while (end > start && /\s/.test(markdown[end - 1])) end--;
    report({
      offset: start,
      endOffset: end,
      section: null,
      reason:
        "Unexpected story without STAR structure, expected Situation, Task, Action and Result parts marked with headings or labels such as `Situation:`",
      note: "Interviewers listen for the four parts and lose the thread without them. Mark each part (`## Situation` … `## Result`, or `Situation:` at the start of a line) and keep them in order, with most of the time on the Action.",
    });
  },
});
